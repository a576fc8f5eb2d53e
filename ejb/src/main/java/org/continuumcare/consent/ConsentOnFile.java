package org.continuumcare.consent;

/**
 * A consent of the patient with where it stands today at the patient's site. Facelets read it with
 * method calls ({@code #{c.status()}}, {@code #{c.consent().recipientName}}): Jakarta EL 5 (EE 10)
 * has no resolver for record components as properties.
 */
public record ConsentOnFile(Consent consent, ConsentStatus status) {}
