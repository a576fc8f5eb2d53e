package org.continuumcare.report.pack;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.continuumcare.audit.Audited;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.ReportPeriod;
import org.continuumcare.report.census.CensusMeasure;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.matstatus.MatStatusMeasure;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.retention.RetentionMeasure;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.DatabaseMigration;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;

/**
 * The monthly report pack. {@link #start} records the pack as RUNNING in its own transaction (the
 * database allows one running pack per month, so a second start is refused, even from another
 * instance) and generates it in the background; the page polls {@link #recent}. A timer starts the
 * previous month's pack on the 1st unless one is running or ready. The figures come from the same
 * measures as the API and the reports page.
 */
@Stateless
public class ReportPacks {

  /** The user recorded for packs the timer starts. */
  public static final String TIMER = "monthly timer";

  private static final Logger LOG = Logger.getLogger(ReportPacks.class.getName());

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Resource private SessionContext session;
  @Inject private Instance<PackRenderer> renderers;
  @Inject private Today today;

  /** Starts the pack of a month that has ended. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public ReportPack start(YearMonth month) {
    if (month == null || !month.isBefore(YearMonth.from(today.in(null)))) {
      throw new RuleViolation("period", "pack.period");
    }
    ReportPack pack = self().open(month, session.getCallerPrincipal().getName());
    self().generate(pack.getId());
    return pack;
  }

  /** The latest packs, newest first. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public List<ReportPack> recent(int max) {
    return em.createQuery("select p from ReportPack p order by p.startedAt desc", ReportPack.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** One stored document of a ready pack. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public byte[] document(UUID packId, PackReport report, DocumentFormat format) {
    List<?> content =
        em.createNativeQuery(
                "select content from report_pack_document"
                    + " where pack_id = ? and report = ? and format = ?")
            .setParameter(1, packId)
            .setParameter(2, report.name())
            .setParameter(3, format.name())
            .getResultList();
    if (content.isEmpty()) {
      throw new RecordNotFound();
    }
    return (byte[]) content.get(0);
  }

  /** The previous month's pack, on the 1st at 02:00, unless it is running or ready already. */
  @Schedule(dayOfMonth = "1", hour = "2", minute = "0", persistent = false)
  void monthly() {
    YearMonth previous = YearMonth.from(today.in(null)).minusMonths(1);
    long existing =
        em.createQuery(
                "select count(p) from ReportPack p where p.period = :period"
                    + " and p.status <> org.continuumcare.report.pack.ReportPack.Status.FAILED",
                Long.class)
            .setParameter("period", previous.toString())
            .getSingleResult();
    if (existing == 0) {
      try {
        self().generate(self().open(previous, TIMER).getId());
      } catch (Conflict running) {
        LOG.info(() -> "Monthly pack " + previous + " is being generated elsewhere");
      }
    }
  }

  /** Records a RUNNING pack and commits it, so that a second start sees it. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ReportPack open(YearMonth month, String by) {
    ReportPack pack = new ReportPack(month, by, Instant.now());
    try {
      em.persist(pack);
      em.flush();
    } catch (PersistenceException e) {
      throw new Conflict("pack.running", month.toString());
    }
    return pack;
  }

  /** Computes, renders and stores the pack; marks it READY, or FAILED with the reason. */
  @Asynchronous
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void generate(UUID packId) {
    try {
      ReportPack pack = em.find(ReportPack.class, packId);
      PackRenderer renderer = renderers.isResolvable() ? renderers.get() : null;
      if (renderer == null) {
        throw new IllegalStateException("no report renderer is deployed");
      }
      Map<PackReport, Map<DocumentFormat, byte[]>> documents = new EnumMap<>(PackReport.class);
      try (Connection connection = dataSource.getConnection()) {
        RetentionReport retention =
            RetentionMeasure.compute(
                connection,
                new RetentionParameters(
                    pack.getAsOf(), null, null, RetentionParameters.DEFAULT_GAP_DAYS, null));
        MatStatusReport mat =
            MatStatusMeasure.compute(
                connection, new ReportPeriod(pack.getAsOf(), null, null, null));
        CensusReport census =
            CensusMeasure.compute(connection, new ReportPeriod(pack.getAsOf(), null, null, null));
        for (DocumentFormat format : DocumentFormat.values()) {
          documents
              .computeIfAbsent(PackReport.RETENTION, r -> new EnumMap<>(DocumentFormat.class))
              .put(format, renderer.retention(retention, format));
          documents
              .computeIfAbsent(PackReport.MAT_STATUS, r -> new EnumMap<>(DocumentFormat.class))
              .put(format, renderer.matStatus(mat, format));
          documents
              .computeIfAbsent(PackReport.CENSUS, r -> new EnumMap<>(DocumentFormat.class))
              .put(format, renderer.census(census, format));
        }
      }
      self().store(packId, documents);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Report pack " + packId + " failed", e);
      self().fail(packId, e.getMessage());
    }
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void store(UUID packId, Map<PackReport, Map<DocumentFormat, byte[]>> documents) {
    documents.forEach(
        (report, byFormat) ->
            byFormat.forEach(
                (format, content) ->
                    em.createNativeQuery(
                            "insert into report_pack_document (pack_id, report, format, content)"
                                + " values (?, ?, ?, ?)")
                        .setParameter(1, packId)
                        .setParameter(2, report.name())
                        .setParameter(3, format.name())
                        .setParameter(4, content)
                        .executeUpdate()));
    em.find(ReportPack.class, packId).ready(Instant.now());
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(UUID packId, String why) {
    Optional.ofNullable(em.find(ReportPack.class, packId))
        .ifPresent(p -> p.failed(why, Instant.now()));
  }

  private ReportPacks self() {
    return session.getBusinessObject(ReportPacks.class);
  }
}
