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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs out ({@code POST /sign-out}): ends the portal session and, through RP-initiated logout, the
 * Keycloak session too, so the next visit asks for the password again.
 *
 * <p>A plain servlet rather than a Faces action, so signing out never depends on the state of the
 * page it was clicked on. The form carries a per-session token ({@link #tokenFor}) that a page of
 * another site cannot know, so nobody can sign a visitor out from elsewhere.
 */
@WebServlet(urlPatterns = SignOut.PATH)
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/sign-out";

  static final String TOKEN_PARAMETER = "token";

  private static final String TOKEN_ATTRIBUTE = SignOut.class.getName() + ".token";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CurrentCaller caller;

  @Inject OidcSettings settings;

  @Inject PortalAddress address;

  /** The sign-out token of this session, created on first use. */
  static String tokenFor(HttpSession session) {
    Object token = session.getAttribute(TOKEN_ATTRIBUTE);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(TOKEN_ATTRIBUTE, fresh);
    return fresh;
  }

  /** Whether this session has shown a signed-in person the sign-out form. */
  static boolean hasToken(HttpSession session) {
    try {
      return session.getAttribute(TOKEN_ATTRIBUTE) != null;
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(TOKEN_PARAMETER);
    if (session == null || sent == null || !sameToken(tokenFor(session), sent)) {
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

  private static boolean sameToken(String expected, String sent) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
