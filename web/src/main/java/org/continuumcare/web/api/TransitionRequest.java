package org.continuumcare.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.episode.Transfer;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.levelofcare.LevelOfCare;

/** Body of {@code POST /episodes/{id}/transitions}. */
public class TransitionRequest {
  @NotNull public LocalDate effectiveOn;

  @NotNull
  @CodeOf(LevelOfCare.class)
  public String levelOfCare;

  @NotNull
  @CodeOf(TransitionReason.class)
  public String reason;

  @NotBlank
  @Size(max = 2000)
  public String note;

  @Size(max = 16)
  public String siteCode;

  public Long version;

  Transfer toTransfer() {
    return new Transfer(
        effectiveOn,
        LevelOfCare.valueOf(levelOfCare),
        TransitionReason.valueOf(reason),
        note,
        siteCode);
  }
}
