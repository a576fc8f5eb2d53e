package org.continuumcare.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.continuumcare.bedboard.BedRow;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.episode.Episode;
import org.continuumcare.intake.IntakeDraft;
import org.continuumcare.intake.IntakeForm;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.intake.Step;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Sites;
import org.continuumcare.web.shell.FormErrors;
import org.primefaces.event.FlowEvent;

/**
 * The intake flow (intake/flow.xhtml?draft=…): each step forward is checked and saved to the draft
 * by the service; the last step admits. Holds the draft's id, version and the form as typed.
 */
@Named
@ViewScoped
public class IntakeFlowBacking implements Serializable {

  private static final String CENSUS = "/census/index?faces-redirect=true";

  @EJB IntakeService intake;
  @EJB BedService beds;
  @EJB Sites sites;
  @Inject Today today;
  @Inject IntakeChoices choices;

  private UUID draftId;
  private long version;
  private IntakeForm form;
  private String step;
  private List<BedRow> freeBeds = List.of();
  private boolean admitted;

  @PostConstruct
  void load() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("draft");
    try {
      IntakeDraft draft = intake.draft(UUID.fromString(id == null ? "" : id));
      draftId = draft.getId();
      version = draft.getVersion();
      form = draft.form();
      step = draft.getStep().id();
      StepDefaults.fill(draft.getStep(), form, now());
      refreshBeds();
    } catch (RecordNotFound | IllegalArgumentException e) {
      draftId = null;
    }
  }

  /** An unknown or completed draft answers 404 (f:viewAction). */
  public void requireFound() throws IOException {
    if (draftId == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Going forward checks and saves the step left; a refusal keeps the user on it. */
  public String onFlowProcess(FlowEvent event) {
    Step from = Step.ofId(event.getOldStep());
    Step to = Step.ofId(event.getNewStep());
    if (to.compareTo(from) < 0) {
      return event.getNewStep();
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      IntakeDraft saved = intake.saveStep(draftId, version, form, from, to);
      version = saved.getVersion();
      form = saved.form();
      step = to.id();
      StepDefaults.fill(to, form, now());
      refreshBeds();
      return event.getNewStep();
    } catch (RecordNotFound e) {
      gone(faces);
      return event.getOldStep();
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "intake", e)) {
        return event.getOldStep();
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
  }

  /** Saves once: a second submit only navigates on. */
  public String admit() {
    if (admitted) {
      return CENSUS;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Episode episode = intake.admit(draftId, version, form);
      admitted = true;
      var bundle = faces.getApplication().getResourceBundle(faces, "i18n");
      var patient = episode.getPatient();
      String text =
          MessageFormat.format(
              bundle.getString("admit.admitted"),
              patient.getGivenName() + " " + patient.getFamilyName(),
              bundle.getString("levelOfCare." + form.getPlacement().getPlacedLevel()),
              patient.getMrn());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
      return CENSUS;
    } catch (RecordNotFound e) {
      gone(faces);
      return null;
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "intake", e)) {
        step = RefusedStep.showing(e).id();
        refreshBeds();
        return null;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
  }

  private LocalDateTime now() {
    String zone =
        sites
            .byCode(
                form.getAdmission().getSiteCode() == null ? "" : form.getAdmission().getSiteCode())
            .map(s -> s.getTimeZone())
            .orElse(null);
    return today.now(zone == null ? ZoneId.systemDefault() : ZoneId.of(zone));
  }

  /** The draft was completed or removed meanwhile (another window, another user). */
  private static void gone(FacesContext faces) {
    String text = faces.getApplication().getResourceBundle(faces, "i18n").getString("intake.gone");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  /** The free beds of the admission's site for the placed level (ajax on site change). */
  public void refreshBeds() {
    LevelOfCare level = form.getPlacement().getPlacedLevel();
    String site = form.getAdmission().getSiteCode();
    freeBeds =
        level != null && level.isTwentyFourHour() && site != null && !site.isBlank()
            ? beds.freeBeds(site, level)
            : List.of();
  }

  public IntakeForm getForm() {
    return form;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  /** Days from first contact to the admission date, once both are known and in order. */
  public Long getDaysWaiting() {
    LocalDate first = form.getReferral().getFirstContactOn();
    LocalDate admittedOn = form.getAdmission().getAdmittedOn();
    return first == null || admittedOn == null || admittedOn.isBefore(first)
        ? null
        : ChronoUnit.DAYS.between(first, admittedOn);
  }

  public boolean isVariance() {
    return form.getPlacement().hasVariance();
  }

  public boolean isBedNeeded() {
    LevelOfCare level = form.getPlacement().getPlacedLevel();
    return level != null && level.isTwentyFourHour();
  }

  /** Free beds by id, labelled "unit · bed". */
  public Map<String, String> getFreeBeds() {
    Map<String, String> labels = new LinkedHashMap<>();
    freeBeds.forEach(b -> labels.put(b.bedId().toString(), b.unit() + " · " + b.label()));
    return labels;
  }

  public String getBedId() {
    UUID id = form.getAdmission().getBedId();
    return id == null ? null : id.toString();
  }

  public void setBedId(String bedId) {
    form.getAdmission().setBedId(bedId == null || bedId.isBlank() ? null : UUID.fromString(bedId));
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public IntakeChoices getChoices() {
    return choices;
  }
}
