package org.continuumcare.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What intake records to register a patient. {@code siteCode} null means the default site. */
public record PatientRegistration(
    @NotBlank @Size(max = 100) String givenName,
    @NotBlank @Size(max = 100) String familyName,
    @NotNull LocalDate birthDate,
    @NotNull SexAtBirth sexAtBirth,
    @NotNull Substance primarySubstance,
    @Size(max = 16) String siteCode) {}
