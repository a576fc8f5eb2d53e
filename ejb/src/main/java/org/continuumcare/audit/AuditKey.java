package org.continuumcare.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit key ({@code continuum.audit.key}, environment {@code CONTINUUM_AUDIT_KEY}; plain text
 * or {@code base64:…}): never in the database, so whoever can write the database cannot forge the
 * chain. Checked at start-up: a missing key stops the deployment (nothing could be audited), the
 * development default is logged as a warning. The key itself is never logged.
 */
@ApplicationScoped
public class AuditKey {

  static final String DEVELOPMENT_KEY = "continuum-development-audit-key-not-for-production";
  private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

  @Inject
  @ConfigProperty(name = "continuum.audit.key", defaultValue = DEVELOPMENT_KEY)
  String setting;

  private volatile KeyedHash hash;

  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    hash();
    if (DEVELOPMENT_KEY.equals(setting)) {
      LOG.warning(
          "The audit trail is keyed with the development key: set CONTINUUM_AUDIT_KEY"
              + " (kept outside the database) before real use.");
    }
  }

  /** HMAC-SHA256 of the text under the audit key, hex. */
  public String hmac(String text) {
    return hash().of(text);
  }

  private KeyedHash hash() {
    if (hash == null) {
      hash = KeyedHash.fromSetting(setting);
    }
    return hash;
  }
}
