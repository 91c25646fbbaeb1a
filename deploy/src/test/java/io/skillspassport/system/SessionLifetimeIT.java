package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Portal sessions end with the Keycloak session they came from (issue 14, item 3): Keycloak's
 * back-channel logout ends them at once, and a disabled account or a changed role takes effect at
 * the next token refresh, within a minute (the realm's access tokens live 60 s). Each test works on
 * a user of its own, created and deleted through Keycloak's admin API, so the demo users stay as
 * they are for the other tests.
 */
@SystemTest
class SessionLifetimeIT {

  private static final Logger LOG = Logger.getLogger(SessionLifetimeIT.class.getName());

  private static final String PASSWORD = "lifetime-test-passphrase";

  /** "Within a minute": the realm's access token lifetime. */
  private static final Duration A_MINUTE = Duration.ofSeconds(60);

  private static final Duration POLL = Duration.ofSeconds(3);

  @Test
  void endingTheKeycloakSessionAsksForTheSignInAgainOnTheNextRequest(Portal portal) {
    var admin = new KeycloakAdmin(portal);
    String id = admin.createUser("kim.session", PASSWORD, "Kim", "Session");
    try {
      var session = HttpSession.signedIn(portal, "kim.session", PASSWORD).session();
      assertThat(session.getOnce("/candidate/passport").statusCode()).isEqualTo(200);
      var keycloakSessions = admin.sessionIds(id);
      assertThat(keycloakSessions).hasSize(1);

      admin.endSession(keycloakSessions.get(0));

      // Keycloak posts the logout token to the portal before it answers the admin call.
      var next = session.getOnce("/candidate/passport");
      assertThat(next.statusCode()).as(describe(next)).isEqualTo(302);
      assertThat(next.headers().firstValue("Location")).hasValueSatisfying(portal::isKeycloak);
      var followed = session.get("/candidate/passport");
      assertThat(portal.isKeycloak(followed.last().uri().toString()))
          .as(followed.toString())
          .isTrue();
      assertThat(followed.document().select("form#kc-form-login")).hasSize(1);
    } finally {
      admin.deleteUser(id);
    }
  }

  @Test
  void aDisabledAccountIsRefusedWithinAMinute(Portal portal) {
    var admin = new KeycloakAdmin(portal);
    String id = admin.createUser("dana.disabled", PASSWORD, "Dana", "Disabled");
    try {
      var session = HttpSession.signedIn(portal, "dana.disabled", PASSWORD).session();
      assertThat(session.getOnce("/candidate/passport").statusCode()).isEqualTo(200);

      long disabledAt = System.nanoTime();
      admin.setEnabled(id, false);
      var refused = pollUntil(session, "/candidate/passport", r -> r.statusCode() != 200);
      Duration took = Duration.ofNanos(System.nanoTime() - disabledAt);
      LOG.info(() -> "disabled account refused after " + took.toMillis() + " ms");

      assertThat(took).isLessThanOrEqualTo(A_MINUTE);
      assertThat(refused.statusCode()).as(describe(refused)).isEqualTo(302);
      assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(portal::isKeycloak);
      // Signing in again is what Keycloak now refuses.
      var followed = session.get("/candidate/passport");
      assertThat(portal.isKeycloak(followed.last().uri().toString())).isTrue();
    } finally {
      admin.deleteUser(id);
    }
  }

  @Test
  void aChangedRoleTakesEffectWithinAMinute(Portal portal) {
    var admin = new KeycloakAdmin(portal);
    String id = admin.createUser("rory.rolechange", PASSWORD, "Rory", "Rolechange");
    try {
      var session = HttpSession.signedIn(portal, "rory.rolechange", PASSWORD).session();
      assertThat(session.getOnce("/candidate/passport").statusCode()).isEqualTo(200);
      assertThat(session.getOnce("/admin/roles").statusCode()).isEqualTo(403);

      long changedAt = System.nanoTime();
      admin.changeRealmRoles(id, List.of("candidate", "default-roles-skills-passport"), "admin");
      var admitted = pollUntil(session, "/admin/roles", r -> r.statusCode() == 200);
      Duration took = Duration.ofNanos(System.nanoTime() - changedAt);
      LOG.info(() -> "changed role in effect after " + took.toMillis() + " ms");

      assertThat(took).isLessThanOrEqualTo(A_MINUTE);
      assertThat(admitted.statusCode()).isEqualTo(200);
      assertThat(session.getOnce("/candidate/passport").statusCode()).isEqualTo(403);
    } finally {
      admin.deleteUser(id);
    }
  }

  @Test
  void aForgedLogoutTokenIsRefusedAndEndsNothing(Portal portal) {
    var session = HttpSession.signedIn(portal, DemoUser.DEV_CANDIDATE).session();
    var unsigned =
        "eyJhbGciOiJub25lIn0."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("{\"iss\":\"x\",\"sub\":\"y\",\"events\":{\"http://schemas.openid.net/event/"
                            + "backchannel-logout\":{}}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + ".";

    var anonymous = HttpSession.anonymous(portal);
    for (String token : new String[] {"garbage", unsigned}) {
      var answer = anonymous.postOnce("/backchannel-logout", Map.of("logout_token", token));
      assertThat(answer.statusCode()).as(token).isEqualTo(400);
    }

    assertThat(session.getOnce("/candidate/passport").statusCode()).isEqualTo(200);
  }

  /** Repeats the request every few seconds until {@code done}, at most a minute and a half. */
  private static HttpResponse<String> pollUntil(
      HttpSession session, String path, Predicate<HttpResponse<String>> done) {
    long deadline = System.nanoTime() + A_MINUTE.plusSeconds(30).toNanos();
    HttpResponse<String> response = session.getOnce(path);
    while (!done.test(response) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(POLL.toMillis()); // waiting for time to pass is the point here
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      response = session.getOnce(path);
    }
    return response;
  }

  private static String describe(HttpResponse<String> response) {
    return response.request().method()
        + " "
        + response.uri()
        + " -> "
        + response.statusCode()
        + " "
        + response.headers().firstValue("Location").orElse("");
  }
}
