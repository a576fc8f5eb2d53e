/**
 * Caseloads: the patients a caller works with, searchable and paged — one SQL read over the same
 * visibility rule as the chart check ({@link org.continuumcare.security.Visibility}).
 */
package org.continuumcare.caseload;
