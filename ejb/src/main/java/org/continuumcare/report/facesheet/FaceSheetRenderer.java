package org.continuumcare.report.facesheet;

import org.continuumcare.consent.Disclosure;

/**
 * Prints a face sheet for the disclosure it is released under (recipient, purpose, date, who, and
 * the §2.32 notice on every page). Implemented by the reports module; called inside the releasing
 * transaction, so a failure writes nothing.
 */
@FunctionalInterface
public interface FaceSheetRenderer {
  byte[] render(FaceSheet sheet, Disclosure disclosure);
}
