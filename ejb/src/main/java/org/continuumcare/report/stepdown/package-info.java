/**
 * Step-down continuity (DESIGN.md §4.3): of the WM/RES stays that ended in the period, the share
 * followed by a stay at a less intensive counted level starting within 7 and within 14 days.
 */
package org.continuumcare.report.stepdown;
