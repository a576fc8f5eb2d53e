package org.continuumcare.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit key ({@code continuum.audit.key}, environment {@code CONTINUUM_AUDIT_KEY}): never in
 * the database, so whoever can write the database cannot forge the chain.
 */
@ApplicationScoped
public class AuditKey {

  static final String DEVELOPMENT_KEY = "continuum-development-audit-key-not-for-production";
  private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

  @Inject
  @ConfigProperty(name = "continuum.audit.key", defaultValue = DEVELOPMENT_KEY)
  String key;

  private volatile boolean warned;

  /** HMAC-SHA256 of the text, hex. */
  public String hmac(String text) {
    if (!warned && DEVELOPMENT_KEY.equals(key)) {
      warned = true;
      LOG.warning("The audit trail is keyed with the development key: set CONTINUUM_AUDIT_KEY.");
    }
    return hmac(key, text);
  }

  static String hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
