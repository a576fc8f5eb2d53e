package org.continuumcare.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;

/** Body of {@code POST /patients}. */
public class PatientRequest {
  @NotBlank
  @Size(max = 100)
  public String givenName;

  @NotBlank
  @Size(max = 100)
  public String familyName;

  @NotNull public LocalDate birthDate;

  @NotNull
  @CodeOf(SexAtBirth.class)
  public String sexAtBirth;

  @NotNull
  @CodeOf(Substance.class)
  public String primarySubstance;

  @Size(max = 16)
  public String siteCode;

  PatientRegistration toRegistration() {
    return new PatientRegistration(
        givenName,
        familyName,
        birthDate,
        SexAtBirth.valueOf(sexAtBirth),
        Substance.valueOf(primarySubstance),
        siteCode);
  }
}
