package org.continuumcare.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuumcare.audit.AuditRecord;
import org.continuumcare.audit.AuditTrail;
import org.continuumcare.audit.Outcome;
import org.continuumcare.security.CallerIdentity;

/**
 * A screen refused by the role constraints of web.xml never reaches a service: when the "not
 * allowed" page is shown, the refusal is written to the audit trail with the page asked for.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DeniedScreenAudit extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(DeniedScreenAudit.class.getName());

  @EJB AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      var principal = request.getUserPrincipal();
      Object page = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      audit.recordApart(
          new AuditRecord(
              Instant.now(),
              principal == null ? "anonymous" : principal.getName(),
              CallerIdentity.subjectOf(principal),
              "Screen "
                  + (page == null ? "?" : page.toString().replace(request.getContextPath(), "")),
              null,
              null,
              Outcome.DENIED,
              false));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record a refused screen in the audit trail", e);
    }
    chain.doFilter(request, response);
  }
}
