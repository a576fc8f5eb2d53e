/**
 * Outcome reports (DESIGN.md §4): each measure is one set-based SQL query whose rows come back as
 * plain row objects (JavaBean getters), and the same rows serve the JSON API, the screen and the
 * JasperReports templates. Jasper never sees an entity.
 */
package org.continuumcare.report;
