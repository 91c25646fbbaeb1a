package io.skillspassport.web.credentials;

import io.skillspassport.credentials.boundary.Credentials;
import io.skillspassport.credentials.boundary.ExportedCredential;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.web.security.RefusalAudit;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /candidate/credential.jwt?id=N}: one of the signed-in candidate's credentials as a file
 * ({@code application/vc+jwt}, saved as {@code skills-passport-CODE.jwt}). The candidate role is
 * required by web.xml; the boundary refuses (and records) someone else's id, which the 403 page
 * answers.
 */
@WebServlet(CredentialDownload.PATH)
public class CredentialDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The download's address. */
  public static final String PATH = "/candidate/credential.jwt";

  @Inject Credentials credentials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("id")));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ExportedCredential credential;
    try {
      credential = credentials.download(id);
    } catch (AccessDenied e) {
      request.setAttribute(RefusalAudit.AUDITED, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/vc+jwt");
    response.setCharacterEncoding(StandardCharsets.US_ASCII.name());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + credential.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(credential.token());
  }
}
