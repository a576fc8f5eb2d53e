package org.continuumcare.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/**
 * One release of a patient's identifiable records outside the program: to whom, why, what, when and
 * by whom, on which basis (a consent, or a medical emergency with its nature), and the §2.32 notice
 * printed with it. A line of the accounting of disclosures; never changed.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

  @Id private UUID id;
  private UUID patientId;

  @Enumerated(EnumType.STRING)
  private DisclosureBasis basis;

  private UUID consentId;

  @Enumerated(EnumType.STRING)
  private RecipientKind recipientKind;

  private String recipientName;
  private String recipientAffiliation;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private String description;
  private String emergency;
  private Instant disclosedAt;
  private LocalDate disclosedOn;
  private String disclosedBy;
  private String notice;

  protected Disclosure() {}

  /** A disclosure to the consent's recipient for its purpose; the consent must be valid then. */
  public static Disclosure underConsent(
      Consent consent, String description, String by, LocalDate on) {
    if (consent.statusOn(on) != ConsentStatus.VALID) {
      throw new RuleViolation(
          "recipient",
          "disclosure.noValidConsent",
          consent.getRecipientName(),
          consent.getPurpose());
    }
    Disclosure d = base(consent.getPatientId(), description, by, on);
    d.basis = DisclosureBasis.CONSENT;
    d.consentId = consent.getId();
    d.recipientKind = consent.getRecipientKind();
    d.recipientName = consent.getRecipientName();
    d.purpose = consent.getPurpose();
    return d;
  }

  /** A disclosure to medical personnel in a bona fide medical emergency (§2.51). */
  static Disclosure inEmergency(UUID patientId, EmergencyDisclosure e, String by, LocalDate on) {
    Disclosure d = base(patientId, e.description(), by, on);
    d.basis = DisclosureBasis.MEDICAL_EMERGENCY;
    d.recipientKind = RecipientKind.PROVIDER;
    d.recipientName = e.recipientName().trim();
    d.recipientAffiliation = e.recipientAffiliation().trim();
    d.purpose = Purpose.TREATMENT;
    d.emergency = e.emergency().trim();
    return d;
  }

  private static Disclosure base(UUID patientId, String description, String by, LocalDate on) {
    Disclosure d = new Disclosure();
    d.id = UUID.randomUUID();
    d.patientId = Objects.requireNonNull(patientId);
    d.description = description.trim();
    d.disclosedAt = Instant.now();
    d.disclosedOn = on;
    d.disclosedBy = Objects.requireNonNull(by);
    d.notice = Part2Notice.STATEMENT;
    return d;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public DisclosureBasis getBasis() {
    return basis;
  }

  public UUID getConsentId() {
    return consentId;
  }

  public RecipientKind getRecipientKind() {
    return recipientKind;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getRecipientAffiliation() {
    return recipientAffiliation;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getDescription() {
    return description;
  }

  public String getEmergency() {
    return emergency;
  }

  public Instant getDisclosedAt() {
    return disclosedAt;
  }

  public LocalDate getDisclosedOn() {
    return disclosedOn;
  }

  public String getDisclosedBy() {
    return disclosedBy;
  }

  /** The §2.32 notice that accompanied the records. */
  public String getNotice() {
    return notice;
  }
}
