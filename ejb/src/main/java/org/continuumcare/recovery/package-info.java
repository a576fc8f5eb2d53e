/**
 * Recovery support (12-step), DESIGN.md §3.3: the patient's recovery profile (sponsor, current
 * step, home group, sobriety date), mutual-help meetings attended, and relapses — each resets the
 * sobriety date. {@link org.continuumcare.recovery.Sobriety} derives days sober and the milestones
 * (30, 60, 90, 180, 365 days).
 */
package org.continuumcare.recovery;
