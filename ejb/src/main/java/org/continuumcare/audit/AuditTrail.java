package org.continuumcare.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

/** Writes audit rows, each with the keyed hash of its content. */
@Stateless
public class AuditTrail {

  @PersistenceContext private EntityManager em;
  @Inject private AuditKey key;

  /** In the caller's transaction: the row commits, or rolls back, with the change it records. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(AuditRecord r) {
    em.createNativeQuery(
            "insert into audit_event (at, username, subject, action, patient_id, episode_id,"
                + " outcome, break_glass, row_hmac) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, Timestamp.from(r.at()))
        .setParameter(2, r.username())
        .setParameter(3, r.subject())
        .setParameter(4, r.action())
        .setParameter(5, r.patientId())
        .setParameter(6, r.episodeId())
        .setParameter(7, r.outcome().name())
        .setParameter(8, r.breakGlass())
        .setParameter(9, key.hmac(r.canonical()))
        .executeUpdate();
  }

  /**
   * In a transaction of its own: for refused attempts, whose own transaction rolls back. No lock is
   * shared with the suspended transaction, so this cannot wait on it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordApart(AuditRecord r) {
    record(r);
  }
}
