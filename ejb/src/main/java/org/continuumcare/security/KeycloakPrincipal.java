package org.continuumcare.security;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * A caller signed in with a Keycloak token: the username, and the token's subject ({@code sub}).
 */
public class KeycloakPrincipal extends CallerPrincipal {

  private final String subject;

  public KeycloakPrincipal(String username, String subject) {
    super(username);
    this.subject = subject;
  }

  public String getSubject() {
    return subject;
  }
}
