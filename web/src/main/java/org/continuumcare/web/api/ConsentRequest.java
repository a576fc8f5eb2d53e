package org.continuumcare.web.api;

import java.time.LocalDate;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;

/**
 * Body of {@code POST /patients/{id}/consents}: the §2.31 elements. Missing elements are reported
 * by the service, each on its field.
 */
public class ConsentRequest {
  public String discloser;
  public String information;

  @CodeOf(RecipientKind.class)
  public String recipientKind;

  public String recipientName;

  @CodeOf(Purpose.class)
  public String purpose;

  public String purposeDetail;
  public Boolean revocationRightStated;
  public Boolean redisclosureStated;
  public Boolean refusalConsequencesStated;
  public LocalDate expiresOn;
  public String expiryEvent;
  public String signedBy;

  @CodeOf(SignerRelation.class)
  public String signerRelation;

  public LocalDate signedOn;

  NewConsent toConsent() {
    return new NewConsent(
        discloser,
        information,
        recipientKind == null ? null : RecipientKind.valueOf(recipientKind),
        recipientName,
        purpose == null ? null : Purpose.valueOf(purpose),
        purposeDetail,
        Boolean.TRUE.equals(revocationRightStated),
        Boolean.TRUE.equals(redisclosureStated),
        Boolean.TRUE.equals(refusalConsequencesStated),
        expiresOn,
        expiryEvent,
        signedBy,
        signerRelation == null ? null : SignerRelation.valueOf(signerRelation),
        signedOn);
  }
}
