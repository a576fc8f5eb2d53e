package org.continuumcare.patient;

/** Sex at birth as TEDS records it: female, male, another, unknown. */
public enum SexAtBirth {
  F,
  M,
  X,
  U
}
