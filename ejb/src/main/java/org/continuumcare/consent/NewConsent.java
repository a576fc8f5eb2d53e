package org.continuumcare.consent;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A written consent as signed, with every element 42 CFR §2.31(a) requires (the patient, element 1,
 * is the one it is captured for). An expiration date or an expiration event is required; the date
 * is exclusive (the first day the consent no longer authorizes a disclosure).
 */
public record NewConsent(
    @NotBlank(message = "{consent.discloser}") @Size(max = 200) String discloser,
    @NotBlank(message = "{consent.information}") @Size(max = 1000) String information,
    @NotNull(message = "{consent.recipientKind}") RecipientKind recipientKind,
    @NotBlank(message = "{consent.recipientName}") @Size(max = 200) String recipientName,
    @NotNull(message = "{consent.purpose}") Purpose purpose,
    @NotBlank(message = "{consent.purposeDetail}") @Size(max = 500) String purposeDetail,
    @AssertTrue(message = "{consent.revocationRightStated}") boolean revocationRightStated,
    @AssertTrue(message = "{consent.redisclosureStated}") boolean redisclosureStated,
    @AssertTrue(message = "{consent.refusalConsequencesStated}") boolean refusalConsequencesStated,
    LocalDate expiresOn,
    @Size(max = 200) String expiryEvent,
    @NotBlank(message = "{consent.signedBy}") @Size(max = 200) String signedBy,
    @NotNull(message = "{consent.signerRelation}") SignerRelation signerRelation,
    @NotNull(message = "{consent.signedOn}") LocalDate signedOn) {}
