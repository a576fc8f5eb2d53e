package org.continuumcare.report.facesheet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.consent.Purpose;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;

/**
 * Releases a patient's face sheet outside the program (42 CFR Part 2): in one transaction, the
 * valid consent naming the recipient and purpose is required (else 422 and nothing written), the
 * face sheet is read, the disclosure recorded with its notice, and the document printed.
 */
@Stateless
public class FaceSheetService {

  /** What {@link #release} describes in the accounting of disclosures. */
  public static final String DESCRIPTION =
      "Face sheet: demographics, episodes and level-of-care history, MAT orders";

  @PersistenceContext private EntityManager em;
  @EJB private ChartAccess access;
  @EJB private DisclosureService disclosures;
  @Inject private Today today;

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.ADMINISTRATOR})
  public byte[] release(
      @NotNull UUID patientId,
      String recipient,
      @NotNull Purpose purpose,
      @NotNull FaceSheetRenderer renderer) {
    Patient patient = access.readablePatient(patientId);
    if (recipient == null || recipient.isBlank()) {
      throw new RuleViolation("recipient", "disclosure.recipientRequired");
    }
    if (disclosures
        .validConsentFor(patientId, recipient, purpose, today.in(patient.getSite().getTimeZone()))
        .isEmpty()) {
      throw new RuleViolation("recipient", "disclosure.noValidConsent", recipient.trim(), purpose);
    }
    FaceSheet sheet = new FaceSheetQueries(em).faceSheet(patientId);
    Disclosure disclosure = disclosures.disclose(patientId, recipient, purpose, DESCRIPTION);
    return Objects.requireNonNull(renderer.render(sheet, disclosure));
  }
}
