package org.continuumcare.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/** A person registered with the program. Episodes of care refer to the patient, not the reverse. */
@Entity
@Table(name = "patient")
public class Patient {

  @Id private UUID id;
  private String mrn;
  private String givenName;
  private String familyName;
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  private SexAtBirth sexAtBirth;

  @Enumerated(EnumType.STRING)
  private Substance primarySubstance;

  // Sites are small reference data: always loaded with what refers to them.
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  private Instant registeredAt;
  @Version private long version;

  protected Patient() {}

  public Patient(
      String mrn,
      String givenName,
      String familyName,
      LocalDate birthDate,
      SexAtBirth sexAtBirth,
      Substance primarySubstance,
      Site site,
      LocalDate today) {
    if (birthDate.isAfter(today)) {
      throw new RuleViolation("birthDate", "patient.birthDateInFuture");
    }
    this.id = UUID.randomUUID();
    this.mrn = Objects.requireNonNull(mrn);
    this.givenName = givenName.trim();
    this.familyName = familyName.trim();
    this.birthDate = birthDate;
    this.sexAtBirth = Objects.requireNonNull(sexAtBirth);
    this.primarySubstance = Objects.requireNonNull(primarySubstance);
    this.site = Objects.requireNonNull(site);
    this.registeredAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public SexAtBirth getSexAtBirth() {
    return sexAtBirth;
  }

  public Substance getPrimarySubstance() {
    return primarySubstance;
  }

  public Site getSite() {
    return site;
  }

  public long getVersion() {
    return version;
  }
}
