/**
 * Medication for opioid use disorder (MAT): orders of the patient (not of an episode — MAT may
 * begin before admission and continue after discharge), their phase history, stop, and "MAT
 * declined" decisions (DESIGN.md §3.3). The MAT-status measure (§4.2) reads these tables.
 */
package org.continuumcare.mat;
