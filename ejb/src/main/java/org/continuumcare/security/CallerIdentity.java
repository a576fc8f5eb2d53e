package org.continuumcare.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;

/** The Keycloak subject of the current caller, as far as the sign-in recorded it. */
public final class CallerIdentity {

  private CallerIdentity() {}

  /**
   * The subject: from the principal of a bearer-token call, or from the OpenID Connect context of a
   * browser session; {@code null} when neither is at hand (a timer, a test's run-as caller).
   */
  public static String subjectOf(Principal principal) {
    if (principal instanceof KeycloakPrincipal keycloak) {
      return keycloak.getSubject();
    }
    try {
      return CDI.current().select(OpenIdContext.class).get().getSubject();
    } catch (RuntimeException notInABrowserSession) {
      return null;
    }
  }
}
