package org.continuumcare.audit;

/** How an audited call ended. */
public enum Outcome {
  SUCCESS,
  /** The role does not allow the action. */
  DENIED,
  /** Unknown, or not visible to the caller (the two are not told apart). */
  NOT_FOUND,
  /** A rule of the domain refused it (422/409). */
  REFUSED,
  ERROR
}
