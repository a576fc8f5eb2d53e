/**
 * Patients: registration (demographics, primary substance, home site) and the read of a chart
 * header. Medical record numbers come from a database sequence.
 */
package org.continuumcare.patient;
