package org.continuumcare.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Validates Keycloak access tokens presented to {@code /api}: RS256 signature against the realm's
 * keys (cached; re-fetched at a limited rate when a new key id appears), issuer, audience, expiry
 * (with the library's small clock skew) and {@code typ=Bearer}.
 */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

  /** The caller a valid token speaks for. */
  public record Caller(String username, String subject, Set<String> groups) {}

  @Inject OidcSettings settings;

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  public Optional<Caller> validate(String token) {
    try {
      JWTClaimsSet claims = processor().process(token, null);
      List<String> groups = claims.getStringListClaim("groups");
      return Optional.of(
          new Caller(
              claims.getStringClaim("preferred_username"),
              claims.getSubject(),
              groups == null ? Set.of() : new HashSet<>(groups)));
    } catch (Exception e) {
      LOG.log(Level.FINE, "bearer token refused: {0}", e.getMessage());
      return Optional.empty();
    }
  }

  private ConfigurableJWTProcessor<SecurityContext> processor() throws MalformedURLException {
    if (processor == null) {
      synchronized (this) {
        if (processor == null) {
          String issuer = settings.getProvider();
          JWKSource<SecurityContext> keys =
              JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
                  .retrying(true)
                  .build();
          var p = new DefaultJWTProcessor<SecurityContext>();
          p.setJWSTypeVerifier(
              new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, JOSEObjectType.JWT, null));
          p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
          p.setJWTClaimsSetVerifier(
              new DefaultJWTClaimsVerifier<>(
                  settings.getApiAudience(),
                  new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                  Set.of("sub", "exp", "iat", "preferred_username")));
          processor = p;
        }
      }
    }
    return processor;
  }
}
