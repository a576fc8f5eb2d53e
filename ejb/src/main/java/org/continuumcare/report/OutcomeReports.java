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
import org.continuumcare.report.matstatus.MatStatusMeasure;
import org.continuumcare.report.matstatus.MatStatusParameters;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.retention.RetentionMeasure;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
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
    try (Connection connection = dataSource.getConnection()) {
      return RetentionMeasure.compute(connection, p);
    } catch (SQLException e) {
      throw new EJBException("retention report failed", e);
    }
  }

  public MatStatusReport matStatus(MatStatusParameters p) {
    checkPeriod(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
    try (Connection connection = dataSource.getConnection()) {
      return MatStatusMeasure.compute(connection, p);
    } catch (SQLException e) {
      throw new EJBException("MAT status report failed", e);
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
