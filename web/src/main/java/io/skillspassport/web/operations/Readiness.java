package io.skillspassport.web.operations;

import io.skillspassport.platform.boundary.DatabaseProbe;
import io.skillspassport.web.security.IssuerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /health/ready}: the portal can serve a request end to end — the application is started
 * ({@link Serving}), the database answers ({@link DatabaseProbe}) and the OpenID Connect issuer
 * publishes its discovery document (without it nobody can sign in). A load balancer routes only to
 * ready instances.
 *
 * <p>The issuer is asked at most every {@value IssuerStatus#CACHE_SECONDS} seconds ({@link
 * IssuerStatus}), so a probe every second from several balancers does not become load on Keycloak.
 * The response names the three checks and up/down only: no address, no error text (the endpoint
 * needs no sign-in).
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class Readiness implements HealthCheck {

  @Inject DatabaseProbe database;

  @Inject IssuerStatus issuer;

  @Override
  public HealthCheckResponse call() {
    boolean serving = Serving.now();
    boolean databaseUp = serving && database.answers();
    boolean issuerUp = serving && issuer.answers();
    return HealthCheckResponse.named("portal")
        .status(serving && databaseUp && issuerUp)
        .withData("application", serving ? "UP" : "DOWN")
        .withData("database", databaseUp ? "UP" : "DOWN")
        .withData("sign-in", issuerUp ? "UP" : "DOWN")
        .build();
  }
}
