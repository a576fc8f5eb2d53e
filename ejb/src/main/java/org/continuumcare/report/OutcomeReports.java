package org.continuumcare.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.continuumcare.audit.Audited;
import org.continuumcare.report.activity.ActivityMeasure;
import org.continuumcare.report.activity.ActivityReport;
import org.continuumcare.report.census.CensusMeasure;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.drugscreen.DrugScreenMeasure;
import org.continuumcare.report.drugscreen.DrugScreenReport;
import org.continuumcare.report.followup.FollowUpMeasure;
import org.continuumcare.report.followup.FollowUpReport;
import org.continuumcare.report.matstatus.MatStatusMeasure;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.retention.RetentionMeasure;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.report.stepdown.StepDownMeasure;
import org.continuumcare.report.stepdown.StepDownReport;
import org.continuumcare.security.Role;
import org.continuumcare.shared.DatabaseMigration;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Sites;

/**
 * The administrator's outcome reports (DESIGN.md §4). Checks the parameters, then runs the one
 * query of each measure on a pooled connection. Audited like every other use of patient data.
 */
@Stateless
@Audited
@RolesAllowed(Role.ADMINISTRATOR)
public class OutcomeReports {

  /** The largest gap the retention measure accepts: beyond a year a "course" means nothing. */
  public static final int MAX_GAP_DAYS = 365;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @EJB private Sites sites;
  @Inject private Today today;

  public RetentionReport retention(RetentionParameters p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    if (p.getGapDays() < 0 || p.getGapDays() > MAX_GAP_DAYS) {
      throw new RuleViolation("gapDays", "report.gapDays", MAX_GAP_DAYS);
    }
    return run(c -> RetentionMeasure.compute(c, p));
  }

  public MatStatusReport matStatus(ReportPeriod p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    return run(c -> MatStatusMeasure.compute(c, p));
  }

  public CensusReport census(ReportPeriod p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    return run(c -> CensusMeasure.compute(c, p));
  }

  public ActivityReport activity(ReportPeriod p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    return run(c -> ActivityMeasure.compute(c, p));
  }

  public StepDownReport stepDown(ReportPeriod p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    return run(c -> StepDownMeasure.compute(c, p));
  }

  public DrugScreenReport drugScreens(ReportPeriod p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    return run(c -> DrugScreenMeasure.compute(c, p));
  }

  public FollowUpReport followUpCompletion(ReportPeriod p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    return run(c -> FollowUpMeasure.compute(c, p));
  }

  /** A measure: one query on a pooled connection. */
  @FunctionalInterface
  private interface Measure<R> {
    R compute(Connection connection) throws SQLException;
  }

  private <R> R run(Measure<R> measure) {
    try (Connection connection = dataSource.getConnection()) {
      return measure.compute(connection);
    } catch (SQLException e) {
      throw new EJBException("report query failed", e);
    }
  }

  /**
   * asOf is required and not in the future (a report as of tomorrow would count days not yet
   * lived); from ≤ to; a site code must name a site.
   */
  private void checkPeriod(LocalDate asOf, LocalDate from, LocalDate to, String siteCode) {
    if (asOf == null) {
      throw new RuleViolation("asOf", "report.asOf.required");
    }
    if (asOf.isAfter(today.in(null))) {
      throw new RuleViolation("asOf", "report.asOf.future");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new RuleViolation("to", "report.toBeforeFrom");
    }
    if (siteCode != null && sites.byCode(siteCode).isEmpty()) {
      throw new RuleViolation("siteCode", "report.unknownSite", siteCode);
    }
  }
}
