package io.skillspassport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a form POST that carries no Faces view state. Every form of the portal is a Faces form
 * and posts the view state the server issued; a POST without one did not come from a page of this
 * site (a cross-site request, a script), so it gets 400 and the "page has expired" page instead of
 * being treated as a fresh page request. A view state that is present but forged or stale is
 * refused by Faces itself ({@link AccessDeniedHandler}). Two plain servlets take posts of their
 * own: sign-out (its own token) and Keycloak's back-channel logout (a signed logout token).
 */
@WebFilter(filterName = "FormPostGuard", urlPatterns = "/*")
public class FormPostGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod())
        && !SignOut.PATH.equals(request.getServletPath())
        && !BackChannelLogout.PATH.equals(request.getServletPath())
        && request.getParameter(VIEW_STATE) == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }
}
