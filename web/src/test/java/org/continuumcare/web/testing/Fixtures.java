package org.continuumcare.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.web.testing.Api.Reply;

/**
 * Set-up through the public API, the way intake staff and counselors do it, shared by the HTTP and
 * browser tests: a registered and admitted patient, a Part 2 consent as signed.
 */
public final class Fixtures {

  private Fixtures() {}

  /** The ids of a patient admitted by {@link #admit}. */
  public record Admitted(String patientId, String episodeId) {}

  /** {@code family} made unique within a test database ({@code Family-1a2b3c}). */
  public static String unique(String family) {
    return family + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /**
   * Registers Rosa {@code family} (born 1990-04-02, female, primary substance as given) and admits
   * her, self-referred, at {@code level} on {@code admittedOn} with carl.counselor as primary
   * counselor — both by ivy.intake.
   */
  public static Admitted admit(
      Api api, String family, String substance, String level, LocalDate admittedOn) {
    Reply patient =
        api.post(
            "patients",
            "ivy.intake",
            Json.createObjectBuilder()
                .add("givenName", "Rosa")
                .add("familyName", family)
                .add("birthDate", "1990-04-02")
                .add("sexAtBirth", "F")
                .add("primarySubstance", substance)
                .build());
    assertEquals(201, patient.status(), patient.body());
    String id = patient.json().getString("id");
    Reply episode =
        api.post(
            "patients/" + id + "/episodes",
            "ivy.intake",
            Json.createObjectBuilder()
                .add("admittedOn", admittedOn.toString())
                .add("levelOfCare", level)
                .add("referralSource", "SELF")
                .add("primaryCounselor", "carl.counselor")
                .build());
    assertEquals(201, episode.status(), episode.body());
    return new Admitted(id, episode.json().getString("id"));
  }

  /**
   * A consent signed yesterday by the patient, valid six months, letting the program disclose
   * {@code information} to the payer {@code payer} for payment: every 42 CFR §2.31 element.
   */
  public static JsonObjectBuilder payerConsent(String payer, String information) {
    return Json.createObjectBuilder()
        .add("discloser", "Continuum Recovery Center")
        .add("information", information)
        .add("recipientKind", "PAYER")
        .add("recipientName", payer)
        .add("purpose", "PAYMENT")
        .add("purposeDetail", "Authorization and payment of claims")
        .add("revocationRightStated", true)
        .add("redisclosureStated", true)
        .add("refusalConsequencesStated", true)
        .add("expiresOn", LocalDate.now().plusMonths(6).toString())
        .add("signedBy", "Rosa Test")
        .add("signerRelation", "PATIENT")
        .add("signedOn", LocalDate.now().minusDays(1).toString());
  }
}
