package org.continuumcare.drugscreen;

/** What was collected for a drug screen. */
public enum Specimen {
  URINE,
  ORAL_FLUID,
  BLOOD,
  HAIR
}
