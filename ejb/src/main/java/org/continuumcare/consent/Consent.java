package org.continuumcare.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/**
 * A patient's written consent to disclose records under 42 CFR Part 2, with every §2.31(a) element.
 * It authorizes a disclosure on a date when it is signed by then, not revoked, not expired ({@code
 * expiresOn} is exclusive), and names that recipient and purpose. Never changed once captured,
 * except its one-time revocation (the database refuses anything else).
 */
@Entity
@Table(name = "consent")
public class Consent {

  @Id private UUID id;
  private UUID patientId;
  private String discloser;
  private String information;

  @Enumerated(EnumType.STRING)
  private RecipientKind recipientKind;

  private String recipientName;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private String purposeDetail;
  private boolean revocationRightStated;
  private boolean redisclosureStated;
  private boolean refusalConsequencesStated;
  private LocalDate expiresOn;
  private String expiryEvent;
  private String signedBy;

  @Enumerated(EnumType.STRING)
  private SignerRelation signerRelation;

  private LocalDate signedOn;
  private String recordedBy;
  private Instant recordedAt;
  private Instant revokedAt;
  private String revokedBy;
  private String revocationReason;
  @Version private long version;

  protected Consent() {}

  /**
   * Captures a signed consent. It must say when it expires (a date after the signature, or an
   * event); it cannot be signed in the future.
   */
  public static Consent capture(
      UUID patientId, NewConsent signed, String recordedBy, LocalDate today) {
    checkDates(signed.signedOn(), signed.expiresOn(), signed.expiryEvent(), today);
    String event = blankToNull(signed.expiryEvent());
    Consent c = new Consent();
    c.id = UUID.randomUUID();
    c.patientId = Objects.requireNonNull(patientId);
    c.discloser = signed.discloser().trim();
    c.information = signed.information().trim();
    c.recipientKind = signed.recipientKind();
    c.recipientName = signed.recipientName().trim();
    c.purpose = signed.purpose();
    c.purposeDetail = signed.purposeDetail().trim();
    c.revocationRightStated = signed.revocationRightStated();
    c.redisclosureStated = signed.redisclosureStated();
    c.refusalConsequencesStated = signed.refusalConsequencesStated();
    c.expiresOn = signed.expiresOn();
    c.expiryEvent = event;
    c.signedBy = signed.signedBy().trim();
    c.signerRelation = signed.signerRelation();
    c.signedOn = signed.signedOn();
    c.recordedBy = Objects.requireNonNull(recordedBy);
    c.recordedAt = Instant.now();
    return c;
  }

  /**
   * The rules on a consent's dates, also checked by intake before the admission: it says when it
   * expires (a date after {@code signedOn}, or an event) and is not signed after {@code today}.
   */
  public static void checkDates(
      LocalDate signedOn, LocalDate expiresOn, String expiryEvent, LocalDate today) {
    if (expiresOn == null && blankToNull(expiryEvent) == null) {
      throw new RuleViolation("expiresOn", "consent.expiryRequired");
    }
    if (signedOn.isAfter(today)) {
      throw new RuleViolation("signedOn", "consent.signedInFuture");
    }
    if (expiresOn != null && !expiresOn.isAfter(signedOn)) {
      throw new RuleViolation("expiresOn", "consent.expiresBeforeSigned");
    }
  }

  /** Records the patient's written revocation; a consent is revoked once. */
  public void revoke(String by, String reason) {
    if (revokedAt != null) {
      throw new RuleViolation(null, "consent.alreadyRevoked");
    }
    String why = blankToNull(reason);
    if (why == null) {
      throw new RuleViolation("reason", "consent.revocationReasonRequired");
    }
    revokedAt = Instant.now();
    revokedBy = Objects.requireNonNull(by);
    revocationReason = why;
  }

  /**
   * Where the consent stands on {@code date} (a consent signed later is not valid yet: EXPIRED).
   */
  public ConsentStatus statusOn(LocalDate date) {
    if (revokedAt != null) {
      return ConsentStatus.REVOKED;
    }
    if (expiresOn != null && !date.isBefore(expiresOn)) {
      return ConsentStatus.EXPIRED;
    }
    return date.isBefore(signedOn) ? ConsentStatus.EXPIRED : ConsentStatus.VALID;
  }

  /** Whether it authorizes disclosing to {@code recipient} for {@code purpose} on {@code date}. */
  public boolean authorizes(String recipient, Purpose purpose, LocalDate date) {
    return statusOn(date) == ConsentStatus.VALID
        && this.purpose == purpose
        && recipient != null
        && normalized(recipientName).equals(normalized(recipient));
  }

  private static String normalized(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getDiscloser() {
    return discloser;
  }

  public String getInformation() {
    return information;
  }

  public RecipientKind getRecipientKind() {
    return recipientKind;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getPurposeDetail() {
    return purposeDetail;
  }

  public boolean isRevocationRightStated() {
    return revocationRightStated;
  }

  public boolean isRedisclosureStated() {
    return redisclosureStated;
  }

  public boolean isRefusalConsequencesStated() {
    return refusalConsequencesStated;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getExpiryEvent() {
    return expiryEvent;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public SignerRelation getSignerRelation() {
    return signerRelation;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public long getVersion() {
    return version;
  }
}
