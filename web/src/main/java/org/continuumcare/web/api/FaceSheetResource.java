package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.continuumcare.consent.Purpose;
import org.continuumcare.report.facesheet.FaceSheetService;
import org.continuumcare.reports.ReportDocuments;
import org.continuumcare.web.report.Documents;

/**
 * The patient face sheet released outside the program (DESIGN.md §3.3, §4.3): a PDF attachment,
 * never cached, printed only under a valid consent naming the recipient and purpose (else 422) and
 * logged as a disclosure in the same transaction.
 */
@Path("patients/{id}/face-sheet")
@RequestScoped
public class FaceSheetResource {

  private static final String WEB_BUNDLE = "org.continuumcare.web.i18n.messages";

  @EJB FaceSheetService faceSheets;
  @Inject ReportDocuments documents;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({"application/pdf", "application/problem+json"})
  public Response release(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid FaceSheetRequest body) {
    Purpose purpose = Purpose.valueOf(body.purpose);
    byte[] pdf =
        faceSheets.release(
            Ids.parse(id),
            body.recipientName,
            purpose,
            (sheet, disclosure) ->
                documents.faceSheet(
                    sheet,
                    disclosure.getRecipientName(),
                    purposeLabel(purpose),
                    disclosure.getDisclosedOn(),
                    disclosure.getDisclosedBy(),
                    Documents.PRINT_LOCALE));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"face-sheet-" + Ids.parse(id) + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  static String purposeLabel(Purpose purpose) {
    try {
      return ResourceBundle.getBundle(WEB_BUNDLE, Documents.PRINT_LOCALE)
          .getString("purpose." + purpose.name());
    } catch (MissingResourceException e) {
      return purpose.name();
    }
  }
}
