package io.skillspassport.web.security;

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
 * Signs out ({@code POST /sign-out}): ends the portal session and, through RP-initiated logout, the
 * Keycloak session too, so the next visit asks for the password again.
 *
 * <p>A plain servlet rather than a Faces action, so signing out never depends on the state of the
 * page it was clicked on. The form carries the session's {@link AntiCsrfToken}, which a page of
 * another site cannot know, so nobody can sign a visitor out from elsewhere.
 */
@WebServlet(urlPatterns = SignOut.PATH)
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/sign-out";

  private static final String SHOWN_ATTRIBUTE = SignOut.class.getName() + ".shown";

  @Inject CurrentCaller caller;

  @Inject OidcSettings settings;

  @Inject PortalAddress address;

  /**
   * The token the sign-out form carries: the session's {@link AntiCsrfToken}. Also records that
   * this session has shown a signed-in person the form ({@link #hasToken}).
   */
  static String tokenFor(HttpSession session) {
    // Set once: a page shown again writes nothing to the session (a replicated session is stored
    // again only when something was set on it).
    if (session.getAttribute(SHOWN_ATTRIBUTE) == null) {
      session.setAttribute(SHOWN_ATTRIBUTE, Boolean.TRUE);
    }
    return AntiCsrfToken.of(session);
  }

  /** Whether this session has shown a signed-in person the sign-out form. */
  static boolean hasToken(HttpSession session) {
    try {
      return session.getAttribute(SHOWN_ATTRIBUTE) != null;
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    HttpSession session = request.getSession(false);
    // FormPostGuard has checked the token already; checked again here so that this servlet does
    // not depend on a filter mapping to be safe.
    String sent = request.getParameter(AntiCsrfToken.FIELD);
    var expected = session == null ? Optional.<String>empty() : AntiCsrfToken.issued(session);
    if (sent == null || expected.isEmpty() || !AntiCsrfToken.matches(expected.get(), sent)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    var idToken = caller.idToken();
    var endSession = caller.endSessionEndpoint();
    String home = address.home();
    // Invalidating the session ends the sign-in: the OpenID mechanism keeps it in the session.
    session.invalidate();
    if (endSession.isEmpty()) {
      response.sendRedirect(home);
      return;
    }
    StringBuilder url =
        new StringBuilder(endSession.get())
            .append("?post_logout_redirect_uri=")
            .append(URLEncoder.encode(home, StandardCharsets.UTF_8));
    idToken.ifPresentOrElse(
        token -> url.append("&id_token_hint=").append(token),
        () ->
            url.append("&client_id=")
                .append(URLEncoder.encode(settings.getClientId(), StandardCharsets.UTF_8)));
    response.sendRedirect(url.toString());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
