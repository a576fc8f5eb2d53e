/**
 * Sign-in. Browsers use OpenID Connect against Keycloak (Jakarta Security); {@code /api} callers
 * present a Keycloak bearer token. One composite mechanism serves both in the one WAR (STACK.md).
 */
package org.continuumcare.web.security;
