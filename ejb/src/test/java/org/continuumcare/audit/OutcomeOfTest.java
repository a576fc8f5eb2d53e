package org.continuumcare.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OutcomeOfTest {

  @Test
  void refusalsAreToldApart() {
    assertEquals(Outcome.NOT_FOUND, AuditInterceptor.outcomeOf(new RecordNotFound()));
    assertEquals(Outcome.REFUSED, AuditInterceptor.outcomeOf(new RuleViolation(null, "notFound")));
    assertEquals(Outcome.REFUSED, AuditInterceptor.outcomeOf(new Conflict("notFound")));
    assertEquals(Outcome.REFUSED, AuditInterceptor.outcomeOf(new ChangedBySomeoneElse()));
    assertEquals(
        Outcome.REFUSED,
        AuditInterceptor.outcomeOf(new ConstraintViolationException("invalid", Set.of())));
    assertEquals(Outcome.DENIED, AuditInterceptor.outcomeOf(new EJBAccessException()));
    assertEquals(Outcome.ERROR, AuditInterceptor.outcomeOf(new EJBException("down")));
    assertEquals(Outcome.ERROR, AuditInterceptor.outcomeOf(new IllegalStateException()));
  }
}
