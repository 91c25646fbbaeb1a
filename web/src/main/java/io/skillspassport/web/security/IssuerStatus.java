package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the OpenID Connect issuer (Keycloak) answers now: its discovery document ({@code
 * ISSUER/.well-known/openid-configuration}) comes back with 200 within two seconds. The one place
 * that asks, for readiness ({@code /health/ready}: nobody can sign in without it), for the sign-in
 * (a visitor is shown the "sign-in unavailable" page instead of being sent to an address that does
 * not answer) and for the refresh of a signed-in session (not tried while the issuer is known to be
 * down, so an outage does not cost every request a failed connection).
 *
 * <p>The issuer is asked at most every {@value #CACHE_SECONDS} seconds for readiness and refreshes,
 * and at most every second for sign-in starts, so a probe every second from several balancers and
 * the sign-ins of a busy minute do not become load on Keycloak; a change is seen within that time.
 */
@ApplicationScoped
public class IssuerStatus {

  /** How long an answer is kept. */
  public static final int CACHE_SECONDS = 5;

  @Inject OidcSettings oidc;

  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Instant checkedAt = Instant.EPOCH;

  private volatile boolean up;

  /**
   * True when the issuer answered at the last check, made at most {@value #CACHE_SECONDS} s ago.
   */
  public boolean answers() {
    return answers(Duration.ofSeconds(CACHE_SECONDS));
  }

  /**
   * True when the issuer answered at a check made less than {@code maxAge} ago (asked now if the
   * last one is older). A sign-in start asks with a second: a visitor about to be sent to Keycloak
   * should not be sent there on a five-second-old answer.
   */
  public boolean answers(Duration maxAge) {
    Instant now = Instant.now(clock);
    if (now.isBefore(checkedAt.plus(maxAge))) {
      return up;
    }
    boolean answered;
    try {
      String issuer = oidc.getIssuer();
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          issuer
                              + (issuer.endsWith("/") ? "" : "/")
                              + ".well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(2))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      answered = response.statusCode() == 200;
    } catch (IOException | IllegalArgumentException e) {
      answered = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answered = false;
    }
    up = answered;
    checkedAt = now;
    return answered;
  }

  /** Forgets the last answer: the next {@link #answers()} asks again (a failure just seen). */
  void forget() {
    checkedAt = Instant.EPOCH;
  }
}
