package org.continuumcare.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

  @Test
  void isHmacSha256AsLowerCaseHex() {
    // RFC 4231, test case 2
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        KeyedHash.fromSetting("Jefe").of("what do ya want for nothing?"));
  }

  @Test
  void aBase64SettingIsTheKeysBytes() {
    String base64 = Base64.getEncoder().encodeToString("Jefe".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        KeyedHash.fromSetting("Jefe").of("text"),
        KeyedHash.fromSetting("base64:" + base64).of("text"));
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    assertNotEquals(
        KeyedHash.fromSetting("one key").of("text"), KeyedHash.fromSetting("another").of("text"));
  }

  @Test
  void aMissingKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> KeyedHash.fromSetting(null));
    assertThrows(IllegalArgumentException.class, () -> KeyedHash.fromSetting("  "));
    assertThrows(IllegalArgumentException.class, () -> KeyedHash.fromSetting("base64:"));
  }
}
