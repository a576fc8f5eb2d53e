package org.continuumcare.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuumcare.episode.Episode;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientService;
import org.continuumcare.security.CallerIdentity;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.ChartsChecked;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;

/**
 * The audit choke point: every call of an {@link Audited} service is recorded — on success in the
 * call's own transaction (the row commits or rolls back with the change), on refusal in a
 * transaction of its own (the call's rolls back).
 *
 * <p>The patient is a {@code patientId} argument, a patient or episode argument or returned, else
 * the first chart the call asked {@link ChartAccess} about ({@link ChartsChecked}) — so a call with
 * only an episode, order or work-item id, refused or not, still names its patient. The episode is
 * an {@code episodeId} argument or an episode argument or returned. Break-the-glass is flagged when
 * the chart was opened that way. No patient names or clinical text are written, here or in the log.
 *
 * <p>A role the container refuses never reaches this interceptor (method permissions are checked
 * first); such refusals are recorded at the web boundary.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

  @Resource private SessionContext session;
  @EJB private AuditTrail trail;
  @EJB private ChartAccess access;

  @AroundInvoke
  public Object audit(InvocationContext call) throws Exception {
    try (ChartsChecked.Frame checked = ChartsChecked.open()) {
      Target target = Target.of(call);
      Object result;
      try {
        result = call.proceed();
      } catch (Exception e) {
        recordRefusal(call, target.with(checked), outcomeOf(e), checked, e);
        throw e;
      }
      Target done = target.and(result).with(checked);
      trail.record(record(call, done, Outcome.SUCCESS, via(done, checked)));
      return result;
    }
  }

  /**
   * How the call's patient was reached: as the call's own check answered, else asked now (a call
   * that checked no chart, e.g. the grant of a break-the-glass).
   */
  private ChartAccess.Via via(Target done, ChartsChecked.Frame checked) {
    if (done.patientId == null) {
      return null;
    }
    return checked.patientId().filter(done.patientId::equals).isPresent()
        ? checked.via().orElse(null)
        : access.access(done.patientId).orElse(null);
  }

  /** For a refused call: how its own check reached its patient, if it checked that patient. */
  private static ChartAccess.Via checkedVia(Target target, ChartsChecked.Frame checked) {
    return checked.patientId().filter(id -> id.equals(target.patientId)).isPresent()
        ? checked.via().orElse(null)
        : null;
  }

  static Outcome outcomeOf(Exception e) {
    if (e instanceof RecordNotFound) {
      return Outcome.NOT_FOUND;
    }
    if (e instanceof RuleViolation
        || e instanceof Conflict
        || e instanceof ConstraintViolationException) {
      return Outcome.REFUSED;
    }
    if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
      return Outcome.DENIED;
    }
    return Outcome.ERROR;
  }

  /**
   * The refusal stands even if it cannot be recorded (nothing was changed): the caller gets the
   * refusal, the failure to record it goes to the log, without the patient.
   */
  private void recordRefusal(
      InvocationContext call,
      Target target,
      Outcome outcome,
      ChartsChecked.Frame checked,
      Exception refusal) {
    try {
      trail.recordApart(record(call, target, outcome, checkedVia(target, checked)));
    } catch (RuntimeException e) {
      refusal.addSuppressed(e);
      LOG.log(
          Level.SEVERE,
          "Could not record a refused call in the audit trail: {0} by {1}, {2}",
          new Object[] {action(call.getMethod()), callerName(), outcome});
    }
  }

  private AuditRecord record(
      InvocationContext call, Target target, Outcome outcome, ChartAccess.Via via) {
    var principal = session.getCallerPrincipal();
    return new AuditRecord(
        Instant.now(),
        principal.getName(),
        CallerIdentity.subjectOf(principal),
        action(call.getMethod()),
        target.patientId,
        target.episodeId,
        outcome,
        via == ChartAccess.Via.BREAK_THE_GLASS);
  }

  private String callerName() {
    try {
      return session.getCallerPrincipal().getName();
    } catch (RuntimeException e) {
      return "?";
    }
  }

  static String action(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }

  /** The patient and episode a call is about. */
  private record Target(UUID patientId, UUID episodeId) {

    static Target of(InvocationContext call) {
      Target t = new Target(null, null);
      Parameter[] parameters = call.getMethod().getParameters();
      Object[] values = call.getParameters();
      for (int i = 0; i < parameters.length; i++) {
        Object v = values[i];
        if (v instanceof UUID id && "patientId".equals(parameters[i].getName())) {
          t = new Target(id, t.episodeId);
        } else if (v instanceof UUID id && "episodeId".equals(parameters[i].getName())) {
          t = new Target(t.patientId, id);
        } else {
          t = t.and(v);
        }
      }
      return t;
    }

    Target and(Object value) {
      if (value instanceof Patient p) {
        return new Target(p.getId(), episodeId);
      }
      if (value instanceof PatientService.Registered r) {
        return new Target(r.patient().getId(), episodeId);
      }
      if (value instanceof Episode e) {
        return new Target(e.getPatient().getId(), e.getId());
      }
      return this;
    }

    /** Without a patient among its arguments or result, the chart the call checked names it. */
    Target with(ChartsChecked.Frame checked) {
      return patientId != null
          ? this
          : checked.patientId().map(id -> new Target(id, episodeId)).orElse(this);
    }
  }
}
