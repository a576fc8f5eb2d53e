package org.continuumcare.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.continuumcare.security.KeycloakPrincipal;
import org.continuumcare.web.api.Problem;

/**
 * The application's one authentication mechanism. Requests to {@code /api/} must carry a valid
 * bearer token — without one they get 401 {@code application/problem+json}, never a redirect to the
 * login page and never a session. Every other request is handed to the built-in OpenID Connect
 * mechanism (browser sign-in and sign-out). An enabled alternative wins the container's resolution
 * of {@link HttpAuthenticationMechanism}, so the OIDC bean is looked up explicitly.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiOrBrowserAuthentication implements HttpAuthenticationMechanism {

  @Inject BeanManager beanManager;
  @Inject BearerTokens tokens;

  private volatile HttpAuthenticationMechanism oidc;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!isApi(request)) {
      return oidc().validateRequest(request, response, context);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var caller = tokens.validate(header.substring(7).trim());
      if (caller.isPresent()) {
        return context.notifyContainerAboutLogin(
            new KeycloakPrincipal(caller.get().username(), caller.get().subject()),
            caller.get().groups());
      }
    } else if (!context.isProtected()) {
      return context.doNothing();
    }
    try {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"continuum\"");
      Problem.write(
          response,
          Problem.of(401, "Unauthorized", "A valid bearer token from Keycloak is required."));
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApi(request)
        ? AuthenticationStatus.SUCCESS
        : oidc().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    } else {
      oidc().cleanSubject(request, response, context);
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private HttpAuthenticationMechanism oidc() {
    if (oidc == null) {
      for (Bean<?> bean : beanManager.getBeans(HttpAuthenticationMechanism.class)) {
        if (!bean.getBeanClass().equals(ApiOrBrowserAuthentication.class)) {
          oidc =
              (HttpAuthenticationMechanism)
                  beanManager.getReference(
                      bean,
                      HttpAuthenticationMechanism.class,
                      beanManager.createCreationalContext(bean));
          break;
        }
      }
      if (oidc == null) {
        throw new IllegalStateException("no OpenID Connect mechanism is defined");
      }
    }
    return oidc;
  }
}
