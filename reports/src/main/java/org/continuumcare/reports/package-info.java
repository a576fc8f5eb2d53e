/**
 * Outcome reports: {@code .jrxml} templates and a renderer that takes row objects from the {@code
 * report} queries of the ejb module and writes PDF, XLSX or CSV. Jasper never sees an entity.
 *
 * <p>Not built yet: the templates arrive with the outcome-reports issue.
 */
package org.continuumcare.reports;
