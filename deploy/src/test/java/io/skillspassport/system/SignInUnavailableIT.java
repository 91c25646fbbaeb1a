package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keycloak down (issue 13, item 6): the packaged portal, configured with an issuer on a port nobody
 * listens on, answers a new sign-in with its own "sign-in unavailable" page — 503, {@code
 * Retry-After}, in the site's layout with the security headers, no stack trace — instead of sending
 * the browser to an address that does not answer; the public pages keep working and readiness says
 * which check is down. That a session signed in before goes on while Keycloak is down is measured
 * by {@code deploy/bin/fault-test.sh} step (c) (it needs Keycloak to stop after the sign-in). Needs
 * no Keycloak; costs one portal start.
 */
class SignInUnavailableIT {

  private static PortalServer portal;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void start() throws IOException {
    int nobody;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = socket.getLocalPort();
    }
    Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    Path target = repoRoot.resolve("deploy/target");
    Path jar =
        Path.of(System.getProperty("portal.jar", target.resolve("skills-passport.jar").toString()));
    portal =
        PortalServer.launch(
                jar,
                target,
                Ports.free(),
                "http://localhost:" + nobody + "/realms/skills-passport",
                "signin-unavailable")
            .awaitReady();
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(portal.baseUri() + path))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aNewSignInGetsTheUnavailablePageInTheLayout() throws Exception {
    for (String path : new String[] {"login", "candidate/passport", "admin/roles"}) {
      HttpResponse<String> response = get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Location")).isEmpty();
      assertThat(response.body())
          .contains("id=\"main\"")
          .contains("data-status=\"503\"")
          .contains("Signing in is not possible right now")
          .doesNotContain("Exception")
          .doesNotContain("Payara");
    }
  }

  @Test
  void publicPagesKeepWorkingAndReadinessNamesTheCheck() throws Exception {
    assertThat(get("").statusCode()).isEqualTo(200);
    assertThat(get("roles").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = get("health/ready");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body().replace(" ", ""))
        .contains("\"sign-in\":\"DOWN\"")
        .contains("\"database\":\"UP\"");
  }
}
