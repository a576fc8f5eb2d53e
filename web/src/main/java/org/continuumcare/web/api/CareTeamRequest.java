package org.continuumcare.web.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.continuumcare.episode.CareTeam;

/** Body of {@code PUT /episodes/{id}/care-team}; {@code version} optional, stale → 409. */
public class CareTeamRequest {
  @Size(max = 100)
  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "must be a username")
  public String primaryCounselor;

  @Size(max = 100)
  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "must be a username")
  public String prescriber;

  public Long version;

  CareTeam toCareTeam() {
    return new CareTeam(primaryCounselor, prescriber);
  }
}
