package org.continuumcare.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the audit key, as lower-case hex. Without the key nobody — not even the
 * database's owner — can compute the hash of a changed row or a forged chain link.
 */
final class KeyedHash {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String BASE64 = "base64:";

  private final SecretKeySpec key;

  KeyedHash(byte[] key) {
    if (key.length == 0) {
      throw new IllegalArgumentException("the audit key is empty");
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * The key as configured: {@code base64:<bytes in Base64>} (e.g. from {@code openssl rand -base64
   * 32}) or any other text, used as its UTF-8 bytes.
   */
  static KeyedHash fromSetting(String setting) {
    if (setting == null || setting.isBlank()) {
      throw new IllegalArgumentException("the audit key is not set");
    }
    return new KeyedHash(
        setting.startsWith(BASE64)
            ? Base64.getDecoder().decode(setting.substring(BASE64.length()).trim())
            : setting.getBytes(StandardCharsets.UTF_8));
  }

  String of(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
