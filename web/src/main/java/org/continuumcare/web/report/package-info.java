/** The administrator's reports page: pick a report, set its parameters, read, chart, download. */
package org.continuumcare.web.report;
