package io.skillspassport.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Backs the account area of the layout: signing out ends the portal session and, through
 * RP-initiated logout, the Keycloak session too, so the next visit asks for the password again.
 */
@Named
@RequestScoped
public class AccountView {

  @Inject CurrentCaller caller;

  @Inject ExternalContext external;

  public void signOut() throws IOException {
    var idToken = caller.idToken();
    var endSession = caller.endSessionEndpoint();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String home = baseUrl(request) + "/";
    // Invalidating the session ends the sign-in: the OpenID mechanism keeps it in the session.
    // request.logout() would also commit a response of its own, leaving no room for the redirect.
    external.invalidateSession();
    if (endSession.isPresent()) {
      StringBuilder url =
          new StringBuilder(endSession.get())
              .append("?post_logout_redirect_uri=")
              .append(URLEncoder.encode(home, StandardCharsets.UTF_8));
      idToken.ifPresentOrElse(
          token -> url.append("&id_token_hint=").append(token),
          () ->
              url.append("&client_id=")
                  .append(URLEncoder.encode(clientId(), StandardCharsets.UTF_8)));
      external.redirect(url.toString());
    } else {
      external.redirect(home);
    }
  }

  @Inject OidcSettings settings;

  private String clientId() {
    return settings.getClientId();
  }

  private static String baseUrl(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
