package org.continuumcare.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;
import org.continuumcare.web.shell.FormErrors;

/** Admit patient (intake): registers the patient and admits them in one call. */
@Named
@ViewScoped
public class AdmitBacking implements Serializable {

  private static final String CENSUS = "/census/index?faces-redirect=true";

  @EJB IntakeService intake;
  @EJB Sites sites;
  @Inject Today today;

  private final AdmitForm form = new AdmitForm();
  private Map<String, String> siteNames;
  private boolean admitted;

  @PostConstruct
  void init() {
    siteNames = new LinkedHashMap<>();
    sites.all().forEach(s -> siteNames.put(s.getCode(), s.getName()));
    form.setSiteCode(Site.DEFAULT_CODE);
    form.setAdmittedOn(getToday());
  }

  /** Saves once: a second submit of the same form (double click, resend) only navigates on. */
  public String admit() {
    if (admitted) {
      return CENSUS;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Episode episode = intake.registerAndAdmit(form.registration(), form.admission());
      admitted = true;
      var bundle = faces.getApplication().getResourceBundle(faces, "i18n");
      var patient = episode.getPatient();
      String text =
          java.text.MessageFormat.format(
              bundle.getString("admit.admitted"),
              patient.getGivenName() + " " + patient.getFamilyName(),
              bundle.getString("levelOfCare." + form.getLevelOfCare()),
              patient.getMrn());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
      return CENSUS;
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "admit", e)) {
        return null;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
  }

  public AdmitForm getForm() {
    return form;
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  /** Site names by code, for the home-site menu. */
  public Map<String, String> getSites() {
    return siteNames;
  }

  public SexAtBirth[] getSexesAtBirth() {
    return SexAtBirth.values();
  }

  public Substance[] getSubstances() {
    return Substance.values();
  }

  public LevelOfCare[] getLevelsOfCare() {
    return LevelOfCare.values();
  }

  public ReferralSource[] getReferralSources() {
    return ReferralSource.values();
  }
}
