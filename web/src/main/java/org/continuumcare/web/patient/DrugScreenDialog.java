package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.continuumcare.drugscreen.Analyte;
import org.continuumcare.drugscreen.AnalyteResult;
import org.continuumcare.drugscreen.DrugScreenService;
import org.continuumcare.drugscreen.NewDrugScreen;
import org.continuumcare.drugscreen.Specimen;

/**
 * The "record drug screen" dialog: collected when, specimen, observed, and for each analyte
 * positive, negative or not tested. The service classifies the results; the tab shows them.
 */
@Named
@ViewScoped
public class DrugScreenDialog extends ChartDialog {

  @EJB DrugScreenService screens;
  @Inject ChartBacking chart;
  @Inject DrugScreensBacking tab;

  private LocalDateTime collectedAt;
  private Specimen specimen;
  private boolean observed;
  private List<Entry> entries;

  /**
   * One analyte's row in the dialog: {@code result} is POSITIVE, NEGATIVE or empty (not tested).
   */
  public static class Entry implements Serializable {
    private final Analyte analyte;
    private String result;

    Entry(Analyte analyte) {
      this.analyte = analyte;
    }

    public Analyte getAnalyte() {
      return analyte;
    }

    public String getResult() {
      return result;
    }

    public void setResult(String result) {
      this.result = result;
    }
  }

  public void open() {
    openFor(chart.getId());
    collectedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    specimen = Specimen.URINE;
    observed = true;
    entries = Arrays.stream(Analyte.values()).map(Entry::new).toList();
  }

  public void save() {
    List<AnalyteResult> results =
        entries.stream()
            .filter(e -> e.result != null && !e.result.isEmpty())
            .map(e -> new AnalyteResult(e.analyte, "POSITIVE".equals(e.result)))
            .toList();
    if (save(
        "screenForm",
        () ->
            screens.record(
                patientId(), new NewDrugScreen(collectedAt, specimen, observed, results)),
        "drugScreens.done")) {
      tab.refresh();
    }
  }

  public Specimen[] getSpecimens() {
    return Specimen.values();
  }

  public LocalDateTime getNow() {
    return LocalDateTime.now();
  }

  public List<Entry> getEntries() {
    return entries;
  }

  public LocalDateTime getCollectedAt() {
    return collectedAt;
  }

  public void setCollectedAt(LocalDateTime collectedAt) {
    this.collectedAt = collectedAt;
  }

  public Specimen getSpecimen() {
    return specimen;
  }

  public void setSpecimen(Specimen specimen) {
    this.specimen = specimen;
  }

  public boolean isObserved() {
    return observed;
  }

  public void setObserved(boolean observed) {
    this.observed = observed;
  }
}
