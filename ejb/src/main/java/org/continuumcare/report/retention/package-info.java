/**
 * 90-day retention (R90), exactly per DESIGN.md §4.1: counted stays chained into courses by the gap
 * rule, observable courses, death/incarceration exclusions, cohorts by month and by level of care
 * at course start.
 */
package org.continuumcare.report.retention;
