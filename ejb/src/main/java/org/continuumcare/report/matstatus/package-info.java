/**
 * MAT status, exactly per DESIGN.md §4.2: a snapshot at {@code asOf} of the patients in care by
 * level of care × status/medication/phase, OUD patients on MAT, and continuity of MAT ≥ 180 days.
 */
package org.continuumcare.report.matstatus;
