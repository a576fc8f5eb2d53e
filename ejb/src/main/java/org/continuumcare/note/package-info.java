/**
 * Progress notes (DESIGN.md §3.3): DAP notes (data, assessment, plan) of individual, group and
 * family sessions with the patient's attendance, signed by the counselor who wrote them and final
 * once signed (a correction is an addendum; the database refuses to change a signed note), and
 * group sessions that record attendance and one short note for many patients in one transaction.
 */
package org.continuumcare.note;
