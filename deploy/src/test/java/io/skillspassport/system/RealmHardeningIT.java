package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The development realm's sign-in protection (issue 14, item 4): no password grant for the portal's
 * client, brute-force detection, a password policy. Each test that needs an account creates its
 * own, so no demo user is ever locked.
 */
@SystemTest
class RealmHardeningIT {

  private static final String PASSWORD = "hardening-test-passphrase";

  @Test
  void thePortalsClientRefusesThePasswordGrant(Portal portal) throws Exception {
    var response =
        passwordGrant(
            portal,
            "client_id=skills-passport-portal&client_secret=dev-portal-secret",
            DemoUser.CARA_CANDIDATE.username(),
            DemoUser.CARA_CANDIDATE.password());

    assertThat(response.statusCode()).isIn(400, 401);
    assertThat(response.body()).contains("unauthorized_client");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne(Portal portal) throws Exception {
    var admin = new KeycloakAdmin(portal);
    String id = admin.createUser("bruno.bruteforce", PASSWORD, "Bruno", "Bruteforce");
    try {
      assertThat(
              passwordGrant(
                      portal, "client_id=skills-passport-scripts", "bruno.bruteforce", PASSWORD)
                  .statusCode())
          .isEqualTo(200);
      // Refused, whatever the code: Keycloak answers 401 for a wrong password and 400 once its
      // quick-succession rule has already locked the account.
      for (int i = 0; i < 5; i++) {
        var wrong =
            passwordGrant(
                portal, "client_id=skills-passport-scripts", "bruno.bruteforce", "wrong-" + i);
        assertThat(wrong.statusCode()).as(wrong.body()).isIn(400, 401);
      }

      var locked =
          passwordGrant(portal, "client_id=skills-passport-scripts", "bruno.bruteforce", PASSWORD);

      assertThat(locked.statusCode()).as(locked.body()).isIn(400, 401);
      assertThat(locked.body()).contains("invalid_grant");
    } finally {
      admin.deleteUser(id);
    }
  }

  @Test
  void aShortPasswordIsRefused(Portal portal) {
    var admin = new KeycloakAdmin(portal);

    var refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> admin.createUser("sam.short", "short-pw", "Sam", "Short"));

    assertThat(refused).isInstanceOf(AssertionError.class).hasMessageContaining("400");
  }

  private static HttpResponse<String> passwordGrant(
      Portal portal, String client, String username, String password) throws Exception {
    String form =
        "grant_type=password&scope=openid&"
            + client
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    URI token =
        portal.keycloakUri().resolve("/realms/skills-passport/protocol/openid-connect/token");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(token)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
