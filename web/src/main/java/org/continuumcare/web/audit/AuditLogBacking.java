package org.continuumcare.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuumcare.audit.AuditChain;
import org.continuumcare.audit.AuditQueries;
import org.continuumcare.audit.AuditRow;
import org.continuumcare.audit.Verification;
import org.continuumcare.security.BreakGlass;
import org.continuumcare.security.BreakGlassService;

/** The auditor's page: the audit log, break-the-glass grants to review, chain verification. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

  private static final int ROWS = 200;

  @EJB AuditQueries audit;
  @EJB AuditChain chain;
  @EJB BreakGlassService breakGlass;

  private String mrn;
  private boolean breakGlassOnly;
  private transient Verification verification;
  private transient List<AuditRow> rows;
  private transient List<BreakGlass> grants;

  /** The log, read once per request (reading it is itself audited). */
  public List<AuditRow> getRows() {
    if (rows == null) {
      rows = audit.latest(mrn, breakGlassOnly, 0, ROWS);
    }
    return rows;
  }

  public List<BreakGlass> getGrants() {
    if (grants == null) {
      grants = breakGlass.recentGrants(50);
    }
    return grants;
  }

  /** Applies the filter: the log is read again. */
  public void filter() {
    rows = null;
  }

  public void verify() {
    verification = chain.verify();
  }

  /** Whether the auditor has run the verification on this page. */
  public boolean isVerificationRun() {
    return verification != null;
  }

  public boolean isVerified() {
    return verification != null && verification.verified();
  }

  public long getRowsChecked() {
    return verification == null ? 0 : verification.rowsChecked();
  }

  public Long getFirstBrokenRow() {
    return verification == null ? null : verification.firstBrokenRow();
  }

  public String getBrokenReason() {
    return verification == null ? null : verification.reason();
  }

  public String getMrn() {
    return mrn;
  }

  public void setMrn(String mrn) {
    this.mrn = mrn;
  }

  public boolean isBreakGlassOnly() {
    return breakGlassOnly;
  }

  public void setBreakGlassOnly(boolean breakGlassOnly) {
    this.breakGlassOnly = breakGlassOnly;
  }
}
