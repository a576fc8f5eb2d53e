/**
 * The chart's MAT tab: the patient's orders, dose and phase history, the MAT timeline, the nurses'
 * administrations, and the dialogs that start, change and stop orders, record a "MAT declined"
 * decision and record a day's dose.
 */
package org.continuumcare.web.mat;
