package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.Item;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.web.shell.FormErrors;
import org.primefaces.PrimeFaces;

/**
 * The record-a-score dialog of the chart, for a withdrawal scale (COWS, CIWA-Ar) or a screen
 * (PHQ-9, GAD-7): the instrument, when it was taken, one labelled select per item. On success the
 * dialog closes and the chart's tab shows the new score.
 */
@Named
@ViewScoped
public class ScoreDialogBacking implements Serializable {

  @EJB ScoreService scores;
  @Inject ChartBacking chart;
  @Inject WithdrawalTab withdrawalTab;
  @Inject ScreensTab screensTab;
  @Inject SafetyBanner banner;

  private String patientId;
  private String zone;
  private boolean withdrawal;
  private Instrument instrument;
  private LocalDateTime takenAt;
  private Integer[] answers;

  /** Opens the dialog for a withdrawal scale ({@code true}) or a screen. */
  public void open(boolean withdrawal) {
    this.patientId = chart.getPatient().getId().toString();
    this.zone = chart.getPatient().getSite().getTimeZone();
    this.withdrawal = withdrawal;
    this.instrument = Instrument.of(withdrawal).get(0);
    this.takenAt = LocalDateTime.now(zoneId()).truncatedTo(ChronoUnit.MINUTES);
    this.answers = new Integer[instrument.items().size()];
  }

  /** A new instrument chosen: its items start unanswered. */
  public void instrumentChanged() {
    answers = new Integer[instrument.items().size()];
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    UUID patient = UUID.fromString(patientId);
    List<Integer> items = java.util.Arrays.asList(answers.clone());
    ClinicalScore score;
    try {
      score =
          withdrawal
              ? scores.recordWithdrawalScore(
                  patient, instrument, items, takenAt.atZone(zoneId()).toInstant())
              : scores.recordScreen(
                  patient, instrument, items, takenAt.atZone(zoneId()).toInstant());
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "scoreForm", e)) {
        return;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    // Only the tab the dialog was opened from is redrawn: another tab, not shown, is not read.
    if (withdrawal) {
      withdrawalTab.refresh();
      PrimeFaces.current().ajax().update("tabs:withdrawalPanel");
    } else {
      screensTab.refresh();
      banner.refresh();
      PrimeFaces.current().ajax().update("tabs:screensPanel", "safety");
    }
    ResourceBundle i18n = bundle(faces);
    String text =
        MessageFormat.format(
            i18n.getString(score.raisesSafetyConcern() ? "score.doneSafety" : "score.done"),
            instrument.label(),
            score.getTotal(),
            i18n.getString("severity." + score.getSeverity().name()));
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    PrimeFaces.current().ajax().addCallbackParam("saved", true);
  }

  /** The items of the chosen instrument, each with its label and its labelled answers. */
  public List<ItemChoice> getItems() {
    return itemsOf(instrument, withdrawal, bundle(FacesContext.getCurrentInstance()));
  }

  /**
   * The items of {@code instrument}, each with its label and its labelled answers (also the
   * withdrawal step of intake).
   */
  public static List<ItemChoice> itemsOf(
      Instrument instrument, boolean withdrawal, ResourceBundle i18n) {
    List<ItemChoice> all = new ArrayList<>();
    if (instrument == null) {
      return all;
    }
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String key = "instrument." + instrument.name() + "." + item.key();
      List<SelectItem> options = new ArrayList<>();
      for (int answer : item.answers()) {
        options.add(new SelectItem(answer, answerLabel(i18n, key, answer, withdrawal)));
      }
      all.add(new ItemChoice(i, (i + 1) + ". " + i18n.getString(key), options));
    }
    return all;
  }

  private static String answerLabel(
      ResourceBundle i18n, String itemKey, int answer, boolean withdrawal) {
    if (i18n.containsKey(itemKey + "." + answer)) {
      return answer + " — " + i18n.getString(itemKey + "." + answer);
    }
    if (!withdrawal) {
      return answer + " — " + i18n.getString("screen.answer." + answer);
    }
    return String.valueOf(answer);
  }

  private static ResourceBundle bundle(FacesContext faces) {
    return faces.getApplication().getResourceBundle(faces, "i18n");
  }

  private ZoneId zoneId() {
    return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
  }

  public List<Instrument> getInstruments() {
    return Instrument.of(withdrawal);
  }

  public boolean isWithdrawal() {
    return withdrawal;
  }

  public LocalDateTime getNow() {
    return LocalDateTime.now(zoneId());
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public void setInstrument(Instrument instrument) {
    this.instrument = instrument;
  }

  public LocalDateTime getTakenAt() {
    return takenAt;
  }

  public void setTakenAt(LocalDateTime takenAt) {
    this.takenAt = takenAt;
  }

  public Integer[] getAnswers() {
    return answers;
  }

  /** One item of the dialog: its position, label and labelled answers. */
  public static class ItemChoice implements Serializable {
    private final int index;
    private final String label;
    private final List<SelectItem> options;

    ItemChoice(int index, String label, List<SelectItem> options) {
      this.index = index;
      this.label = label;
      this.options = options;
    }

    public int getIndex() {
      return index;
    }

    public String getLabel() {
      return label;
    }

    public List<SelectItem> getOptions() {
      return options;
    }
  }
}
