package io.skillspassport.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /health/live}: the application is deployed and its container answers. Deliberately not the
 * database or Keycloak: an orchestrator restarts an instance whose liveness fails, and restarting
 * every instance because PostgreSQL is down would only add a cold start to the outage. Those are
 * readiness ({@link Readiness}).
 */
@org.eclipse.microprofile.health.Liveness
@ApplicationScoped
public class Liveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("application").status(Serving.now()).build();
  }
}
