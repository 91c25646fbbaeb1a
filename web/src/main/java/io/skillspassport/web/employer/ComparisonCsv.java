package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.bundles.boundary.CsvExport;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a bundle version's comparison as a CSV download ({@code
 * /employer/compare.csv?bundle=ID[&version=N]}). Under {@code /employer/*}, so the web.xml
 * constraint already requires the employer role; the boundary checks the organisation.
 */
@WebServlet(name = "ComparisonCsv", urlPatterns = "/employer/compare.csv")
public class ComparisonCsv extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Comparisons comparisons;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long bundle;
    Integer version;
    try {
      bundle = Long.parseLong(request.getParameter("bundle"));
      String v = request.getParameter("version");
      version = v == null || v.isBlank() ? null : Integer.valueOf(v);
    } catch (NumberFormatException | NullPointerException badParameter) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    CsvExport export;
    try {
      export = comparisons.csv(bundle, version);
    } catch (AccessDenied denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (NotFound | IllegalArgumentException unknown) {
      // An unknown bundle or version: this servlet is no Faces page, so it answers as the
      // container's error pages do, with the status alone.
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    // Streamed as the rows are produced (chunked): constant memory however many candidates.
    export.writeTo(response.getOutputStream());
  }
}
