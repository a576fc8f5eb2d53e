package org.continuumcare.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuumcare.audit.AuditRecord;
import org.continuumcare.audit.AuditTrail;
import org.continuumcare.audit.Outcome;
import org.continuumcare.security.CallerIdentity;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.WriteConflicts;

/**
 * Every failure of an API call becomes {@code application/problem+json} with the status API.md
 * gives it. Exceptions that reach here wrapped by the EJB container are unwrapped first. Anything
 * unexpected is logged (without request data: no patient data in logs) and answered 500 with no
 * detail.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final String DENIAL_RECORDED = ProblemMapper.class.getName() + ".denialRecorded";

  @EJB AuditTrail audit;
  @Context SecurityContext caller;
  @Context UriInfo uri;
  @Context Request request;
  @Context HttpServletRequest http;

  @Override
  public Response toResponse(Throwable thrown) {
    JsonObject problem = problemFor(thrown);
    // Jersey's EJB exception mapper calls this mapper twice for one EJBException (its isMappable
    // maps the cause to find out): the denial is recorded once per request.
    if (problem.getInt("status") == 403 && http.getAttribute(DENIAL_RECORDED) == null) {
      http.setAttribute(DENIAL_RECORDED, Boolean.TRUE);
      recordDenial();
    }
    return Problem.response(problem);
  }

  /**
   * A role refused by the container never reaches the services' audit interceptor: the refusal is
   * recorded here, with the call and, when the path names one, the patient or episode.
   */
  private void recordDenial() {
    try {
      var principal = caller.getUserPrincipal();
      List<String> segments = uri.getPathSegments().stream().map(s -> s.getPath()).toList();
      audit.recordApart(
          new AuditRecord(
              Instant.now(),
              principal == null ? "anonymous" : principal.getName(),
              CallerIdentity.subjectOf(principal),
              "API " + request.getMethod() + " " + uri.getPath(),
              idAfter(segments, "patients"),
              idAfter(segments, "episodes"),
              Outcome.DENIED,
              false));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record a refused call in the audit trail", e);
    }
  }

  private static UUID idAfter(List<String> segments, String collection) {
    int at = segments.indexOf(collection);
    if (at < 0 || at + 1 >= segments.size()) {
      return null;
    }
    try {
      return UUID.fromString(segments.get(at + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static JsonObject problemFor(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      JsonObject problem = known(t);
      if (problem != null) {
        return problem;
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
    return Problem.of(500, "Internal Server Error", "The request could not be completed.");
  }

  private static JsonObject known(Throwable t) {
    if (t instanceof RecordNotFound e) {
      return Problem.of(404, "Not Found", e.getMessage());
    }
    if (t instanceof ChangedBySomeoneElse || t instanceof OptimisticLockException) {
      return Problem.of(409, "Conflict", new ChangedBySomeoneElse().getMessage());
    }
    if (t instanceof Conflict e) {
      return Problem.of(409, "Conflict", e.getMessage());
    }
    if (t instanceof BadParameter e) {
      return Problem.withErrors(
          400, "Bad Request", e.getMessage(), Map.of(e.field(), e.getMessage()));
    }
    if (t instanceof RuleViolation e) {
      return e.field() == null
          ? Problem.of(422, "Unprocessable Content", e.getMessage())
          : Problem.withErrors(
              422, "Unprocessable Content", e.getMessage(), Map.of(e.field(), e.getMessage()));
    }
    if (t instanceof ConstraintViolationException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        errors.merge(field(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b);
      }
      return Problem.withErrors(
          422, "Unprocessable Content", "The request has invalid fields.", errors);
    }
    if (t instanceof jakarta.persistence.PersistenceException e
        && WriteConflicts.translate(e) instanceof Conflict c) {
      return Problem.of(409, "Conflict", c.getMessage());
    }
    if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
      return Problem.of(403, "Forbidden", "Your role does not allow this action.");
    }
    if (t instanceof JsonbException || t instanceof ProcessingException) {
      return Problem.of(400, "Bad Request", "The request body is not valid JSON for this call.");
    }
    if (t.getClass().getSimpleName().endsWith("ParamException")) {
      // The JAX-RS runtime could not convert a path or query parameter (it would answer 404).
      return Problem.of(400, "Bad Request", "A parameter of the request is malformed.");
    }
    if (t instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 500) {
        return null;
      }
      String title =
          Response.Status.fromStatusCode(status) == null
              ? "Error"
              : Response.Status.fromStatusCode(status).getReasonPhrase();
      return Problem.of(status, title, detailFor(status, title));
    }
    return null;
  }

  private static String detailFor(int status, String title) {
    return switch (status) {
      case 400 -> "The request is malformed: a JSON body of the documented shape is required.";
      case 404 -> "No such resource.";
      case 405 -> "This method is not allowed on this resource.";
      case 406 -> "None of the accepted media types is available for this resource.";
      case 415 -> "Send the request body as application/json.";
      default -> title;
    };
  }

  /** The request field a violation is about: the last bean property of its path. */
  private static String field(Path path) {
    String field = "";
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY) {
        field = node.getName();
      }
    }
    return field.isEmpty() ? "body" : field;
  }
}
