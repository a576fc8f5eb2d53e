package org.continuumcare.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A disclosure to medical personnel in a bona fide medical emergency (42 CFR §2.51): who received
 * it and their affiliation with a health care facility, the nature of the emergency, and what was
 * disclosed. Who disclosed and when are recorded by the service.
 */
public record EmergencyDisclosure(
    @NotBlank(message = "{disclosure.recipientName}") @Size(max = 200) String recipientName,
    @NotBlank(message = "{disclosure.recipientAffiliation}") @Size(max = 200)
        String recipientAffiliation,
    @NotBlank(message = "{disclosure.emergency}") @Size(max = 500) String emergency,
    @NotBlank(message = "{disclosure.description}") @Size(max = 1000) String description) {}
