package org.continuumcare.shared;

import jakarta.ejb.ApplicationException;

/**
 * An id that does not resolve, or a record the caller may not see: the two are deliberately
 * indistinguishable (42 CFR Part 2 least access), so this carries no detail.
 */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

  public RecordNotFound() {
    super(Messages.format("notFound"));
  }
}
