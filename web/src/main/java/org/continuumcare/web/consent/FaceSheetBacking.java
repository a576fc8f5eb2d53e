package org.continuumcare.web.consent;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.UUID;
import org.continuumcare.consent.ConsentOnFile;
import org.continuumcare.consent.ConsentStatus;
import org.continuumcare.consent.Purpose;
import org.continuumcare.report.facesheet.FaceSheetService;
import org.continuumcare.reports.ReportDocuments;
import org.continuumcare.security.Role;
import org.continuumcare.web.report.Documents;
import org.continuumcare.web.shell.FormErrors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * "Print face sheet" on a valid consent of the Consents tab: releases the face sheet to that
 * consent's recipient for its purpose (logged as a disclosure) and downloads the PDF.
 */
@Named
@ViewScoped
public class FaceSheetBacking implements Serializable {

  @EJB FaceSheetService faceSheets;
  @Inject Documents documents;
  @Inject SecurityContext security;

  public boolean isMayRelease() {
    return security.isCallerInRole(Role.COUNSELOR)
        || security.isCallerInRole(Role.PRESCRIBER)
        || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  /** The face sheet may be printed under a consent that is valid today, by who may release. */
  public boolean releasable(ConsentOnFile consent) {
    return isMayRelease() && consent.status() == ConsentStatus.VALID;
  }

  public StreamedContent download(String patientId, String recipient, Purpose purpose) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String label =
        faces.getApplication().getResourceBundle(faces, "i18n").getString("purpose." + purpose);
    ReportDocuments printer = documents.get();
    byte[] pdf;
    try {
      pdf =
          faceSheets.release(
              UUID.fromString(patientId),
              recipient,
              purpose,
              (sheet, disclosure) ->
                  printer.faceSheet(
                      sheet,
                      disclosure.getRecipientName(),
                      label,
                      disclosure.getDisclosedOn(),
                      disclosure.getDisclosedBy(),
                      Documents.PRINT_LOCALE));
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "consentList", e)) {
        return null;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    return DefaultStreamedContent.builder()
        .name("face-sheet-" + patientId + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }
}
