package io.skillspassport.web.security;

import io.skillspassport.bundles.boundary.Invitations;
import io.skillspassport.web.operations.PortalMetrics;
import io.skillspassport.web.site.InvitationView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
    response.sendRedirect(
        request.getContextPath() + pendingInvitation(request).orElse(homeOf(request)));
  }

  /**
   * The invitation a candidate opened before signing in (or registering), taken from the session
   * where {@link InvitationView} left it: the invitation survives the round trip through Keycloak.
   */
  static Optional<String> pendingInvitation(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !request.isUserInRole("candidate")) {
      return Optional.empty();
    }
    Object token = session.getAttribute(InvitationView.PENDING_TOKEN);
    session.removeAttribute(InvitationView.PENDING_TOKEN);
    return token instanceof String t && t.matches("[A-Za-z0-9_-]{1,100}")
        ? Optional.of(
            Invitations.PAGE + "?token=" + URLEncoder.encode(t, StandardCharsets.US_ASCII))
        : Optional.empty();
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
