package org.continuumcare.web.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuumcare.mat.AdministrationStatus;
import org.continuumcare.mat.NewAdministration;

/** Body of {@code POST /mat-orders/{id}/administrations}: {@code dose} only when given. */
public class MatAdministrationRequest {
  @NotNull public LocalDate date;

  @NotNull
  @CodeOf(AdministrationStatus.class)
  public String status;

  @Positive
  @DecimalMax("2000")
  public BigDecimal dose;

  @Size(max = 500)
  public String note;

  NewAdministration toAdministration() {
    return new NewAdministration(date, AdministrationStatus.valueOf(status), dose, note);
  }
}
