package io.skillspassport.web.security;

import io.skillspassport.web.operations.PortalMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns after sign-in ({@code /callback}), and the sign-in link ({@code /login}):
 * both are protected, so the OpenID mechanism has authenticated the request before this runs. Sends
 * each person to the home page of their role.
 */
@WebServlet(urlPatterns = {"/callback", "/login"})
public class SignInCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PortalMetrics metrics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/callback".equals(request.getServletPath())) {
      metrics.signIn();
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + homeOf(request));
  }

  /** The home page of the signed-in person's role: admin first, then employer, then candidate. */
  static String homeOf(HttpServletRequest request) {
    if (request.isUserInRole("admin")) {
      return "/admin/roles";
    }
    if (request.isUserInRole("employer")) {
      return "/employer/bundles";
    }
    if (request.isUserInRole("candidate")) {
      return "/candidate/passport";
    }
    return "/";
  }
}
