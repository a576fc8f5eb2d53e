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
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.UUID;
import org.continuumcare.episode.Episode;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientService;
import org.continuumcare.security.CallerIdentity;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;

/**
 * The audit choke point: every call of an {@link Audited} service is recorded — on success in the
 * call's own transaction, on refusal apart from it (that transaction rolls back). The patient and
 * episode come from the call's arguments ({@code patientId}, {@code episodeId}, a patient or an
 * episode) or from what it returns. No patient names or clinical text are written.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  @Resource private SessionContext session;
  @EJB private AuditTrail trail;
  @EJB private ChartAccess access;

  @AroundInvoke
  public Object audit(InvocationContext call) throws Exception {
    Target target = Target.of(call);
    Object result;
    try {
      result = call.proceed();
    } catch (RecordNotFound e) {
      trail.recordApart(record(call, target, Outcome.NOT_FOUND));
      throw e;
    } catch (RuleViolation | Conflict e) {
      trail.recordApart(record(call, target, Outcome.REFUSED));
      throw e;
    } catch (EJBAccessException | AccessLocalException e) {
      trail.recordApart(record(call, target, Outcome.DENIED));
      throw e;
    } catch (Exception e) {
      trail.recordApart(record(call, target, Outcome.ERROR));
      throw e;
    }
    trail.record(record(call, target.and(result), Outcome.SUCCESS));
    return result;
  }

  private AuditRecord record(InvocationContext call, Target target, Outcome outcome) {
    var principal = session.getCallerPrincipal();
    boolean glass =
        outcome == Outcome.SUCCESS
            && target.patientId != null
            && access.access(target.patientId).orElse(null) == ChartAccess.Via.BREAK_THE_GLASS;
    return new AuditRecord(
        Instant.now(),
        principal.getName(),
        CallerIdentity.subjectOf(principal),
        call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName(),
        target.patientId,
        target.episodeId,
        outcome,
        glass);
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
  }
}
