/**
 * The drug-screen unexpected rate (DESIGN.md §4.3): of the screens collected in the period, the
 * share with at least one unexpected result, by the level of care at collection.
 */
package org.continuumcare.report.drugscreen;
