/**
 * Census and length of stay (DESIGN.md §4.3): who was in care on {@code asOf} by level of care and
 * site of the stay, and the length of the stays that ended in the period, per level.
 */
package org.continuumcare.report.census;
