package org.continuumcare.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.OutcomeReports;
import org.continuumcare.report.ReportPeriod;
import org.continuumcare.report.activity.ActivityReport;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.drugscreen.DrugScreenReport;
import org.continuumcare.report.followup.FollowUpReport;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.pack.PackReport;
import org.continuumcare.report.pack.ReportPack;
import org.continuumcare.report.pack.ReportPacks;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.report.stepdown.StepDownReport;
import org.continuumcare.reports.ReportDocuments;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;
import org.continuumcare.web.shell.FormErrors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The reports page. Runs the chosen report with its parameters through {@link OutcomeReports} — the
 * same query as the API and the PDF — and keeps the result for the table, the chart and the
 * downloads of this view.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient OutcomeReports reports;
  @EJB private transient Sites sites;
  @EJB private transient ReportPacks packs;
  @Inject private transient Today today;
  @Inject private Documents documents;

  private ReportKind kind = ReportKind.RETENTION;
  private LocalDate asOf;
  private LocalDate from;
  private LocalDate to;
  private Integer gapDays = RetentionParameters.DEFAULT_GAP_DAYS;
  private String siteCode;
  private RetentionReport retention;
  private MatStatusReport matStatus;
  private CensusReport census;
  private ActivityReport activity;
  private StepDownReport stepDown;
  private DrugScreenReport drugScreens;
  private FollowUpReport followUp;
  private YearMonth packMonth;

  @PostConstruct
  void init() {
    asOf = today.in(null);
    packMonth = YearMonth.from(asOf).minusMonths(1);
  }

  /** Starts the monthly pack of the chosen month; refused while that month's pack runs. */
  public void startPack() {
    try {
      packs.start(packMonth);
    } catch (RuntimeException e) {
      if (!FormErrors.report(FacesContext.getCurrentInstance(), "packs", e)) {
        throw e instanceof EJBException ? e : new EJBException(e);
      }
    }
  }

  /** The latest packs, newest first (the page polls this while one is running). */
  public List<ReportPack> getPacks() {
    return packs.recent(12);
  }

  public boolean isPackRunning() {
    return getPacks().stream().anyMatch(p -> p.getStatus() == ReportPack.Status.RUNNING);
  }

  public PackReport[] getPackReports() {
    return PackReport.values();
  }

  public DocumentFormat[] getPackFormats() {
    return DocumentFormat.values();
  }

  /** The months a pack can be made for: the last 24 that have ended, latest first. */
  public List<YearMonth> getPackMonths() {
    YearMonth last = YearMonth.from(today.in(null)).minusMonths(1);
    return java.util.stream.IntStream.range(0, 24).mapToObj(last::minusMonths).toList();
  }

  public YearMonth getPackMonth() {
    return packMonth;
  }

  public void setPackMonth(YearMonth packMonth) {
    this.packMonth = packMonth;
  }

  /** Runs the report; a refused parameter is shown on its field. */
  public void run() {
    clear();
    ReportPeriod period = new ReportPeriod(asOf, from, to, blankToNull(siteCode));
    try {
      switch (kind) {
        case RETENTION ->
            retention =
                reports.retention(
                    new RetentionParameters(
                        asOf, from, to, gapDays == null ? -1 : gapDays, blankToNull(siteCode)));
        case MAT_STATUS ->
            matStatus = reports.matStatus(new ReportPeriod(asOf, from, to, blankToNull(siteCode)));
        case CENSUS -> census = reports.census(period);
        case ACTIVITY -> activity = reports.activity(period);
        case STEP_DOWN -> stepDown = reports.stepDown(period);
        case DRUG_SCREENS -> drugScreens = reports.drugScreens(period);
        case FOLLOW_UP_COMPLETION -> followUp = reports.followUpCompletion(period);
      }
    } catch (RuntimeException e) {
      if (!FormErrors.report(FacesContext.getCurrentInstance(), "parameters", e)) {
        throw e instanceof EJBException ? e : new EJBException(e);
      }
    }
  }

  /** Whether the report shown can be downloaded as PDF, XLSX or CSV. */
  public boolean isPrintable() {
    return retention != null || matStatus != null || census != null;
  }

  /**
   * The report shown, printed in {@code format} (PDF, XLSX or CSV): the same figures as on the
   * page, with the parameters and the data cut in its footer.
   */
  public StreamedContent download(String format) {
    DocumentFormat f = DocumentFormat.valueOf(format);
    ReportDocuments printer = documents.get();
    byte[] content;
    String name;
    if (retention != null) {
      content = printer.retention(retention, f, Documents.PRINT_LOCALE);
      name = ReportDocuments.fileName("retention", retention.getParameters().getAsOf(), f);
    } else if (matStatus != null) {
      content = printer.matStatus(matStatus, f, Documents.PRINT_LOCALE);
      name = ReportDocuments.fileName("mat-status", matStatus.getParameters().getAsOf(), f);
    } else if (census != null) {
      content = printer.census(census, f, Documents.PRINT_LOCALE);
      name = ReportDocuments.fileName("census", census.getParameters().getAsOf(), f);
    } else {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(f.mediaType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /** The chart.js configuration of the retention chart: rate (%) by cohort. */
  public String getRetentionChart() {
    return retention == null
        ? "{}"
        : RetentionChart.of(retention, FacesContext.getCurrentInstance());
  }

  public List<Site> getSites() {
    return sites.all();
  }

  public ReportKind[] getKinds() {
    return ReportKind.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public ReportKind getKind() {
    return kind;
  }

  public void setKind(ReportKind kind) {
    this.kind = kind;
    clear();
  }

  private void clear() {
    retention = null;
    matStatus = null;
    census = null;
    activity = null;
    stepDown = null;
    drugScreens = null;
    followUp = null;
  }

  public CensusReport getCensus() {
    return census;
  }

  public ActivityReport getActivity() {
    return activity;
  }

  public StepDownReport getStepDown() {
    return stepDown;
  }

  public DrugScreenReport getDrugScreens() {
    return drugScreens;
  }

  public FollowUpReport getFollowUp() {
    return followUp;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Integer getGapDays() {
    return gapDays;
  }

  public void setGapDays(Integer gapDays) {
    this.gapDays = gapDays;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public RetentionReport getRetention() {
    return retention;
  }

  public MatStatusReport getMatStatus() {
    return matStatus;
  }
}
