/**
 * Aftercare follow-up completion (DESIGN.md §4.3, defined in {@link
 * org.continuumcare.report.followup.FollowUpMeasure}): of the follow-up contacts due in the period,
 * the share that reached the patient within the window, by discharge level and by contact point.
 */
package org.continuumcare.report.followup;
