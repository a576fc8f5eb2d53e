package org.continuumcare.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

/**
 * Writes audit rows, each with the keyed hash of its canonical form (which includes the row's id,
 * so the id is drawn first). Inserts only: no lock on the chain is taken here (see {@link
 * AuditChain}).
 */
@Stateless
public class AuditTrail {

  @PersistenceContext private EntityManager em;
  @Inject private AuditKey key;

  /** In the caller's transaction: the row commits, or rolls back, with the change it records. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(AuditRecord r) {
    long id =
        ((Number)
                em.createNativeQuery("select nextval(pg_get_serial_sequence('audit_event', 'id'))")
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into audit_event (id, at, username, subject, action, patient_id, episode_id,"
                + " outcome, break_glass, hmac_format, row_hmac)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(r.at()))
        .setParameter(3, r.username())
        .setParameter(4, r.subject())
        .setParameter(5, r.action())
        .setParameter(6, r.patientId())
        .setParameter(7, r.episodeId())
        .setParameter(8, r.outcome().name())
        .setParameter(9, r.breakGlass())
        .setParameter(10, CanonicalForm.CURRENT)
        .setParameter(11, key.hmac(CanonicalForm.of(CanonicalForm.CURRENT, id, r)))
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
