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
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.continuumcare.security.Role;
import org.continuumcare.shared.SqlValues;

/**
 * The sequencer of the audit trail, and its verification.
 *
 * <p>Business transactions only insert rows, each with the keyed hash of its own content: they take
 * no lock on the chain, so writers never wait for each other, and a refusal recorded in a
 * transaction of its own cannot wait on its suspended caller. This sequencer then links committed
 * rows, in the order of their ids, into one keyed hash chain — each link the HMAC of the previous
 * link and the row's hash — every few seconds and before every verification. A PostgreSQL advisory
 * lock makes it the single linker across instances; linking is idempotent (only rows without a
 * {@code chain_seq} are taken), so a missed or repeated run does no harm.
 *
 * <p>After linking, the new head is logged: the server log, kept apart from the database, is the
 * auditor's witness that the end of the chain was not cut off.
 */
@Singleton
public class AuditChain {

  private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
  private static final long LOCK = 0x436f6e74L; // "Cont"
  private static final int BATCH = 5_000;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private AuditKey key;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void everyFewSeconds() {
    link();
  }

  /** Links up to a batch of the rows not yet in the chain; returns how many. */
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
      previous = key.hmac(CanonicalForm.link(previous, (String) row[1]));
      em.createNativeQuery("update audit_event set chain_seq = ?1, chain_hmac = ?2 where id = ?3")
          .setParameter(1, seq)
          .setParameter(2, previous)
          .setParameter(3, ((Number) row[0]).longValue())
          .executeUpdate();
    }
    if (!rows.isEmpty()) {
      LOG.info("Audit chain head: seq " + seq + ", hmac " + previous);
    }
    return rows.size();
  }

  /** Links every pending row, then checks the whole trail. */
  @Audited
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Verification verify() {
    return verify(null, null);
  }

  /**
   * Links every pending row, then checks the whole trail: every row's content against its own hash,
   * and the chain link by link — a changed row, a removed row or a forged link is reported with the
   * first row where it shows. Given a head noted earlier ({@code headSeq}, {@code headHmac}), rows
   * removed from the end are found too.
   */
  @Audited
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Verification verify(Long headSeq, String headHmac) {
    AuditChain self = session.getBusinessObject(AuditChain.class);
    while (self.link() == BATCH) {
      // a backlog: keep linking
    }
    ChainCheck check =
        new ChainCheck(
            key::hmac,
            headSeq == null || headHmac == null ? null : new ChainCheck.Head(headSeq, headHmac));
    long afterSeq = 0;
    while (true) {
      List<ChainCheck.ChainedRow> rows = chainedAfter(afterSeq);
      if (rows.isEmpty()) {
        return check.result();
      }
      for (ChainCheck.ChainedRow row : rows) {
        Optional<Verification> broken = check.next(row);
        if (broken.isPresent()) {
          return broken.get();
        }
        afterSeq = row.chainSeq();
      }
    }
  }

  private List<ChainCheck.ChainedRow> chainedAfter(long afterSeq) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, at, username, subject, action, patient_id, episode_id, outcome,"
                    + " break_glass, hmac_format, row_hmac, chain_seq, chain_hmac"
                    + " from audit_event where chain_seq > ?1 order by chain_seq limit "
                    + BATCH)
            .setParameter(1, afterSeq)
            .getResultList();
    return rows.stream().map(AuditChain::chainedRow).toList();
  }

  private static ChainCheck.ChainedRow chainedRow(Object[] r) {
    long id = ((Number) r[0]).longValue();
    long seq = ((Number) r[11]).longValue();
    AuditRecord content;
    try {
      content =
          new AuditRecord(
              SqlValues.instant(r[1]),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (UUID) r[5],
              (UUID) r[6],
              Outcome.valueOf((String) r[7]),
              (Boolean) r[8]);
    } catch (RuntimeException notContentTheTrailWrites) {
      return ChainCheck.unreadable(id, seq);
    }
    return new ChainCheck.ChainedRow(
        id, ((Number) r[9]).intValue(), content, (String) r[10], seq, (String) r[12]);
  }
}
