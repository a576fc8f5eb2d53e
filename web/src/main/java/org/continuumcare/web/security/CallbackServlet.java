package org.continuumcare.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns after sign-in; the mechanism has already completed the login when this
 * runs. Redirects to the home page (not the original resource: with that, EJB role checks fail on
 * the request that completes the login — STACK.md).
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }
}
