package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.episode.Discharge;
import org.continuumcare.episode.DischargeReason;

/** Body of {@code POST /episodes/{id}/discharge}. */
public class DischargeRequest {
  @NotNull public LocalDate dischargedOn;

  @NotNull
  @CodeOf(DischargeReason.class)
  public String reason;

  @Size(max = 2000)
  public String note;

  public Long version;

  Discharge toDischarge() {
    return new Discharge(dischargedOn, DischargeReason.valueOf(reason), note);
  }
}
