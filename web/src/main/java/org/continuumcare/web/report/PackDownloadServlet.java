package org.continuumcare.web.report;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.pack.PackReport;
import org.continuumcare.report.pack.ReportPacks;
import org.continuumcare.shared.RecordNotFound;

/**
 * Downloads a stored document of a monthly pack: {@code
 * /reports/packs/{id}/{REPORT}.{pdf|xlsx|csv}}. Only administrators reach it (web.xml, {@code
 * /reports/*}); the service audits the download.
 */
@WebServlet("/reports/packs/*")
public class PackDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/([0-9a-f-]{36})/(RETENTION|MAT_STATUS|CENSUS)\\.(pdf|xlsx|csv)");

  @EJB private transient ReportPacks packs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentFormat format = DocumentFormat.valueOf(m.group(3).toUpperCase());
    byte[] content;
    try {
      content = packs.document(UUID.fromString(m.group(1)), PackReport.valueOf(m.group(2)), format);
    } catch (RecordNotFound | IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(format.mediaType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"continuum-"
            + m.group(2).toLowerCase()
            + "."
            + format.suffix()
            + "\"");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
