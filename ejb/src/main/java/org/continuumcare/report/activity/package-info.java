/**
 * Admissions, transfers and discharges per month by reason (DESIGN.md §4.3): admissions by TEDS
 * referral source, transfers by direction, discharges by TEDS discharge reason.
 */
package org.continuumcare.report.activity;
