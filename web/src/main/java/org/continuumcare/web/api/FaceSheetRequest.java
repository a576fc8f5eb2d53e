package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;

/**
 * Body of {@code POST /patients/{id}/face-sheet}: to whom and why the face sheet is released; a
 * valid consent on file must name that recipient and purpose.
 */
public class FaceSheetRequest {
  @CodeOf(RecipientKind.class)
  public String recipientKind;

  public String recipientName;

  @NotNull
  @CodeOf(Purpose.class)
  public String purpose;
}
