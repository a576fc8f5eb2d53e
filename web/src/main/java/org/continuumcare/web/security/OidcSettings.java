package org.continuumcare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect settings from MicroProfile Config ({@code CONTINUUM_OIDC_PROVIDER}, {@code
 * CONTINUUM_OIDC_CLIENT_ID}, {@code CONTINUUM_OIDC_CLIENT_SECRET}, {@code CONTINUUM_API_AUDIENCE}).
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "continuum.oidc.provider")
  String provider;

  @Inject
  @ConfigProperty(name = "continuum.oidc.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "continuum.oidc.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "continuum.api.audience", defaultValue = "continuum-api")
  String apiAudience;

  public String getProvider() {
    return provider;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getApiAudience() {
    return apiAudience;
  }
}
