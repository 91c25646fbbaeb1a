package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The authorization code goes to the portal and nowhere else (issue 14, item 2): the portal names
 * its configured address as the redirect URI whatever {@code Host} a request carries, and Keycloak
 * accepts that exact URI only.
 */
@SystemTest
class RedirectUriIT {

  @Test
  void theRedirectUriIsTheConfiguredAddressWhateverTheHostHeader(Portal portal) throws IOException {
    String location = locationOfLoginWithHost(portal, "attacker.example");

    assertThat(portal.isKeycloak(location)).as(location).isTrue();
    assertThat(queryParameter(location, "redirect_uri"))
        .contains(portal.uri("/callback").toString());
  }

  @Test
  void keycloakRefusesARedirectUriOnAnotherHost(Portal portal) {
    var anonymous = HttpSession.anonymous(portal);

    var foreign = anonymous.getOnce(authorize(portal, "http://attacker.example/callback"));
    var own = anonymous.getOnce(authorize(portal, portal.uri("/callback").toString()));

    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("redirect_uri");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("kc-form-login");
  }

  private static String authorize(Portal portal, String redirectUri) {
    return portal
        .keycloakUri()
        .resolve(
            "/realms/skills-passport/protocol/openid-connect/auth?client_id=skills-passport-portal"
                + "&response_type=code&scope=openid&state=s1&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8))
        .toString();
  }

  /** GET /login over a raw socket, so the request can carry a Host header of our choosing. */
  private static String locationOfLoginWithHost(Portal portal, String host) throws IOException {
    URI base = portal.baseUri();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /login HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      var in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      String status = in.readLine();
      assertThat(status).as("status line").contains(" 302 ");
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.regionMatches(true, 0, "Location:", 0, 9)) {
          return line.substring(9).trim();
        }
      }
    }
    throw new AssertionError("no Location header in the answer to GET /login");
  }

  private static Optional<String> queryParameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    return Arrays.stream(query == null ? new String[0] : query.split("&"))
        .filter(p -> p.startsWith(name + "="))
        .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8))
        .findFirst();
  }
}
