/**
 * Screens of Part 2 consents and disclosures: the chart tab, the printable accounting, the
 * auditor's list.
 */
package org.continuumcare.web.consent;
