package org.continuumcare.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

  private static final Instant AT = Instant.parse("2026-11-22T10:43:27.373667891Z");
  private static final UUID PATIENT = UUID.fromString("10a389f8-9be6-481b-869c-3a7728ad21c8");

  private static AuditRecord record(String username, String subject, String action) {
    return new AuditRecord(AT, username, subject, action, PATIENT, null, Outcome.SUCCESS, false);
  }

  @Test
  void theCurrentFormIsLengthPrefixedAndStartsWithTheId() {
    assertEquals(
        "continuum-audit/2|3:101|16:1795344207373667|10:ivy.intake|-|23:PatientService.register"
            + "|36:10a389f8-9be6-481b-869c-3a7728ad21c8|-|7:SUCCESS|5:false",
        CanonicalForm.of(2, 101, record("ivy.intake", null, "PatientService.register")));
  }

  @Test
  void lengthsAreCountedInUtf8Bytes() {
    String text = CanonicalForm.of(2, 1, record("zoë", "s", "a"));
    assertEquals(true, text.contains("|4:zoë|"), text);
  }

  @Test
  void theLegacyFormIsTheOneRowsBeforeV8WereHashedWith() {
    assertEquals(
        String.join(
            "\u001f",
            "2026-11-22T10:43:27.373667Z",
            "ivy.intake",
            "null",
            "PatientService.register",
            PATIENT.toString(),
            "null",
            "SUCCESS",
            "false"),
        CanonicalForm.of(1, 101, record("ivy.intake", null, "PatientService.register")));
  }

  @Test
  void noTwoDifferentRowsShareATextInTheCurrentForm() {
    // The legacy form confused each of these pairs; the current one tells them apart.
    assertNotEquals(
        CanonicalForm.of(2, 1, record("u", null, "a")),
        CanonicalForm.of(2, 1, record("u", "null", "a")));
    assertNotEquals(
        CanonicalForm.of(2, 1, record("u", "", "a")),
        CanonicalForm.of(2, 1, record("u", null, "a")));
    assertNotEquals(
        CanonicalForm.of(2, 1, record("u|2:x", "y", "a")),
        CanonicalForm.of(2, 1, record("u", "x|1:y", "a")));
    assertNotEquals(
        CanonicalForm.of(2, 1, record("u\u001fs", "x", "a")),
        CanonicalForm.of(2, 1, record("u", "s\u001fx", "a")));
  }

  @Test
  void theIdIsPartOfTheCurrentFormOnly() {
    AuditRecord r = record("u", "s", "a");
    assertNotEquals(CanonicalForm.of(2, 1, r), CanonicalForm.of(2, 2, r));
    assertEquals(CanonicalForm.of(1, 1, r), CanonicalForm.of(1, 2, r));
  }

  @Test
  void aChainStartsFromGenesis() {
    assertEquals("genesis\u001fabc", CanonicalForm.link(null, "abc"));
    assertEquals("prev\u001fabc", CanonicalForm.link("prev", "abc"));
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> CanonicalForm.of(3, 1, record("u", "s", "a")));
  }
}
