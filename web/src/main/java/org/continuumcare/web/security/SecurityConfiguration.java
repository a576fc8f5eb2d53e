package org.continuumcare.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.PromptType;
import org.continuumcare.security.Role;

/**
 * Browser sign-in through Keycloak. {@code prompt=login}: every sign-in shows Keycloak's form, so a
 * session that timed out (15 minutes idle, web.xml) is never silently resumed by single sign-on.
 * Sign-out ends the Keycloak session too. Roles come from the token's flat {@code groups} claim.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.provider}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    prompt = PromptType.LOGIN,
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"))
@DeclareRoles({
  Role.INTAKE,
  Role.COUNSELOR,
  Role.PRESCRIBER,
  Role.NURSE,
  Role.ADMINISTRATOR,
  Role.AUDITOR
})
@ApplicationScoped
public class SecurityConfiguration {}
