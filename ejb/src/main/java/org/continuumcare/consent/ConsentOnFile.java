package org.continuumcare.consent;

/** A consent of the patient with where it stands today at the patient's site. */
public record ConsentOnFile(Consent consent, ConsentStatus status) {}
