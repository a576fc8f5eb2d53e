package org.continuumcare.web.workflow;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.continuumcare.security.Role;

/**
 * In-container tests call the services as a role of the realm, through these run-as beans (the role
 * checks of the services stay on). No transaction of their own: each service call is one.
 */
public final class Callers {

  private Callers() {}

  @Stateless(name = "AsIntake")
  @RunAs(Role.INTAKE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public static class AsIntake {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }
  }

  @Stateless(name = "AsAdministrator")
  @RunAs(Role.ADMINISTRATOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public static class AsAdministrator {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }
  }

  @Stateless(name = "AsCounselor")
  @RunAs(Role.COUNSELOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public static class AsCounselor {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }
  }

  @Stateless(name = "AsNurse")
  @RunAs(Role.NURSE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public static class AsNurse {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }
  }

  /** As intake, inside the test's own transaction (to show what commits or rolls back with it). */
  @Stateless(name = "AsIntakeInTransaction")
  @RunAs(Role.INTAKE)
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public static class AsIntakeInTransaction {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }
  }

  @Stateless(name = "AsAuditor")
  @RunAs(Role.AUDITOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public static class AsAuditor {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }
  }
}
