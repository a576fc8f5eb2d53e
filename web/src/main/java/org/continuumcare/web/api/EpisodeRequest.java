package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.levelofcare.LevelOfCare;

/** Body of {@code POST /patients/{id}/episodes}: an admission. */
public class EpisodeRequest {
  @NotNull public LocalDate admittedOn;

  @NotNull
  @CodeOf(LevelOfCare.class)
  public String levelOfCare;

  @NotNull
  @CodeOf(ReferralSource.class)
  public String referralSource;

  @Size(max = 100)
  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "must be a username")
  public String primaryCounselor;

  @Size(max = 16)
  public String siteCode;

  Admission toAdmission() {
    return new Admission(
        admittedOn,
        LevelOfCare.valueOf(levelOfCare),
        ReferralSource.valueOf(referralSource),
        primaryCounselor,
        siteCode);
  }
}
