package org.continuumcare.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** REST API v1 under {@code /api/v1}; described at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info = @Info(title = "Continuum API", version = "1"),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {}
