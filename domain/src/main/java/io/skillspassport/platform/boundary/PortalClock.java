package io.skillspassport.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one place the portal reads the system clock: it produces the {@link Clock} every boundary,
 * observer and view injects to learn "now", in UTC.
 *
 * <p>Why injected rather than {@code Instant.now()} where it is needed: expiry, validity and
 * cool-down rules compare stored instants with the present, and a test can only check such a rule
 * exactly when it decides what "now" is — Java SE tests hand a boundary {@code Clock.fixed} or
 * {@code Clock.offset}. Entities never read a clock; the boundary passes them the instant. An
 * ArchUnit rule ({@code TimeRulesTest}) keeps every other main class off the system clock.
 */
@ApplicationScoped
public class PortalClock {

  /** The system clock in UTC. */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
