package org.continuumcare.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.continuumcare.security.Role;
import org.continuumcare.shared.SqlValues;

/**
 * The sequencer of the audit trail: links rows, in the order they became visible, into a keyed hash
 * chain — each link the HMAC of the previous link and the row's own hash. It runs every minute and
 * before every verification, under a PostgreSQL advisory lock, so one instance links at a time and
 * business transactions never wait for it.
 */
@Singleton
public class AuditChain {

  private static final long LOCK = 0x436f6e74L; // "Cont"
  private static final int BATCH = 5_000;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private AuditKey key;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    link();
  }

  /** Links every row not yet in the chain; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int link() {
    em.createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, LOCK)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> last =
        em.createNativeQuery(
                "select chain_seq, chain_hmac from audit_event where chain_seq is not null"
                    + " order by chain_seq desc limit 1")
            .getResultList();
    long seq = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
    String previous = last.isEmpty() ? null : (String) last.get(0)[1];
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, row_hmac from audit_event where chain_seq is null order by id limit "
                    + BATCH)
            .getResultList();
    for (Object[] row : rows) {
      seq++;
      previous = key.hmac(AuditRecord.link(previous, (String) row[1]));
      em.createNativeQuery("update audit_event set chain_seq = ?1, chain_hmac = ?2 where id = ?3")
          .setParameter(1, seq)
          .setParameter(2, previous)
          .setParameter(3, ((Number) row[0]).longValue())
          .executeUpdate();
    }
    return rows.size();
  }

  /**
   * Checks every row: its content against its own hash, and the chain link by link — a changed row,
   * a removed row or a forged link is reported with the first row where it shows.
   */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Verification verify() {
    session.getBusinessObject(AuditChain.class).link();
    return check();
  }

  private Verification check() {
    long checked = 0;
    long expectedSeq = 1;
    String previous = null;
    long afterId = Long.MIN_VALUE;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select id, at, username, subject, action, patient_id, episode_id, outcome,"
                      + " break_glass, row_hmac, chain_seq, chain_hmac from audit_event"
                      + " where chain_seq is not null and chain_seq > ?1 order by chain_seq"
                      + " limit "
                      + BATCH)
              .setParameter(1, afterId)
              .getResultList();
      if (rows.isEmpty()) {
        return Verification.ok(checked);
      }
      for (Object[] r : rows) {
        long id = ((Number) r[0]).longValue();
        long seq = ((Number) r[10]).longValue();
        checked++;
        AuditRecord content =
            new AuditRecord(
                SqlValues.instant(r[1]),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (UUID) r[5],
                (UUID) r[6],
                Outcome.valueOf((String) r[7]),
                (Boolean) r[8]);
        if (!key.hmac(content.canonical()).equals(r[9])) {
          return Verification.broken(checked, id, "the row's content was changed");
        }
        if (seq != expectedSeq) {
          return Verification.broken(checked, id, "rows before this one were removed");
        }
        String link = key.hmac(AuditRecord.link(previous, (String) r[9]));
        if (!link.equals(r[11])) {
          return Verification.broken(checked, id, "the chain link was forged or reordered");
        }
        previous = link;
        expectedSeq++;
        afterId = seq;
      }
    }
  }
}
