package io.skillspassport.web.operations;

import io.skillspassport.platform.boundary.DatabaseProbe;
import io.skillspassport.web.security.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /health/ready}: the portal can serve a request end to end — the application is started
 * ({@link Serving}), the database answers ({@link DatabaseProbe}) and the OpenID Connect issuer
 * publishes its discovery document (without it nobody can sign in). A load balancer routes only to
 * ready instances.
 *
 * <p>The issuer is asked at most every {@value #ISSUER_CACHE_SECONDS} seconds, so a probe every
 * second from several balancers does not become load on Keycloak. The response names the three
 * checks and up/down only: no address, no error text (the endpoint needs no sign-in).
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class Readiness implements HealthCheck {

  static final int ISSUER_CACHE_SECONDS = 5;

  @Inject DatabaseProbe database;

  @Inject Clock clock;

  @Inject OidcSettings oidc;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Instant issuerCheckedAt = Instant.EPOCH;

  private volatile boolean issuerUp;

  @Override
  public HealthCheckResponse call() {
    boolean serving = Serving.now();
    boolean databaseUp = serving && database.answers();
    boolean issuer = serving && issuerAnswers();
    return HealthCheckResponse.named("portal")
        .status(serving && databaseUp && issuer)
        .withData("application", serving ? "UP" : "DOWN")
        .withData("database", databaseUp ? "UP" : "DOWN")
        .withData("sign-in", issuer ? "UP" : "DOWN")
        .build();
  }

  private boolean issuerAnswers() {
    Instant now = Instant.now(clock);
    if (now.isBefore(issuerCheckedAt.plusSeconds(ISSUER_CACHE_SECONDS))) {
      return issuerUp;
    }
    boolean up;
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(oidc.getIssuer() + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(2))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      up = response.statusCode() == 200;
    } catch (java.io.IOException | IllegalArgumentException e) {
      up = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      up = false;
    }
    issuerUp = up;
    issuerCheckedAt = now;
    return up;
  }
}
