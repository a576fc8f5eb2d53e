package org.continuumcare.web.caseload;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuumcare.security.BreakGlass;
import org.continuumcare.security.BreakGlassService;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.web.shell.FormErrors;

/**
 * Break the glass (caseload page): open a chart outside the caseload for a stated reason, for a
 * limited time; the access is flagged for the auditor.
 */
@Named
@ViewScoped
public class BreakGlassBacking implements Serializable {

  @EJB BreakGlassService breakGlass;

  private String mrn;
  private String reason;

  public String open() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      BreakGlass grant = breakGlass.grantByMrn(mrn, reason);
      return "/patient/chart?faces-redirect=true&id=" + grant.getPatientId();
    } catch (RecordNotFound e) {
      String text =
          faces.getApplication().getResourceBundle(faces, "i18n").getString("breakGlass.noSuchMrn");
      faces.addMessage("glassForm:mrn", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      faces.validationFailed();
      return null;
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "glassForm", e)) {
        return null;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
  }

  public String getMrn() {
    return mrn;
  }

  public void setMrn(String mrn) {
    this.mrn = mrn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
