package org.continuumcare.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.continuumcare.intake.IntakeDraft;
import org.continuumcare.intake.IntakeForm;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.site.Site;

/** Intake home (intake/index.xhtml): the open drafts to resume, and starting a new intake. */
@Named
@RequestScoped
public class IntakeDraftsBacking {

  @EJB IntakeService intake;

  private List<IntakeDraft> drafts;

  @PostConstruct
  void load() {
    drafts = intake.openDrafts();
  }

  /** A new draft, opened at its first step (Post/Redirect/Get). */
  public String start() {
    IntakeForm form = new IntakeForm();
    form.getReferral().setHomeSiteCode(Site.DEFAULT_CODE);
    form.getAdmission().setSiteCode(Site.DEFAULT_CODE);
    IntakeDraft draft = intake.startDraft(form);
    return "/intake/flow?faces-redirect=true&draft=" + draft.getId();
  }

  public List<IntakeDraft> getDrafts() {
    return drafts;
  }
}
