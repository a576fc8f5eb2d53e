package org.continuumcare.note;

/** The kind of session a progress note documents. */
public enum SessionType {
  INDIVIDUAL,
  GROUP,
  FAMILY
}
