package org.continuumcare.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs out: ends the application session and, through the OIDC mechanism's logout definition, the
 * Keycloak session, which then returns to the signed-out page. POST only, so a link or an image
 * cannot sign a user out.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/signed-out.xhtml");
    }
  }
}
