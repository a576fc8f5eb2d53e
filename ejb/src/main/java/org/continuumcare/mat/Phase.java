package org.continuumcare.mat;

/** Treatment phase of a MAT order. */
public enum Phase {
  INDUCTION,
  STABILIZATION,
  MAINTENANCE,
  TAPER
}
