package io.skillspassport.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout ({@code POST /backchannel-logout}, registered as the client's
 * "Backchannel logout URL" in Keycloak): when a Keycloak session ends — signed out elsewhere, ended
 * by an administrator, expired — Keycloak posts a signed logout token here, and the portal sessions
 * of that Keycloak session end at once, so the next request asks to sign in again.
 *
 * <p>Anyone can reach this address; only a token signed with the issuer's key, for this client, is
 * obeyed ({@link LogoutTokenVerifier}). A refused token gets 400 and a log line, never a reason in
 * the response.
 */
@WebServlet(urlPatterns = BackChannelLogout.PATH)
public class BackChannelLogout extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

  static final String PATH = "/backchannel-logout";

  @Inject Clock clock;

  @Inject OidcSettings oidc;

  @Inject IssuerKeys keys;

  @Inject SignedInSessions sessions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    var verifier = new LogoutTokenVerifier(oidc.getIssuer(), oidc.getClientId(), keys::key, clock);
    LogoutTokenVerifier.LogoutToken token;
    try {
      token = verifier.verify(request.getParameter("logout_token"));
    } catch (LogoutTokenVerifier.InvalidLogoutToken e) {
      LOG.warning(() -> "back-channel logout refused: " + e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    int ended =
        token.sid().isPresent()
            ? sessions.endKeycloakSession(token.sid().get())
            : sessions.endUser(token.sub().orElseThrow());
    LOG.info(
        () ->
            "back-channel logout of "
                + token.sid().map(s -> "Keycloak session " + s).orElse("user " + token.sub().get())
                + ": "
                + ended
                + " portal session(s) ended");
    response.setStatus(HttpServletResponse.SC_OK);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
