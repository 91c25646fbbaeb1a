package io.skillspassport.web.operations;

import io.skillspassport.assessments.boundary.ItemServed;
import io.skillspassport.bundles.boundary.ComparisonSnapshots;
import io.skillspassport.platform.boundary.DatabasePool;
import io.skillspassport.platform.boundary.DatabasePool.Usage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The portal's own metrics in the MicroProfile application registry, which Payara Micro serves in
 * Prometheus text format at {@code /metrics?scope=application}: requests and their latency per
 * page, sign-ins, adaptive-test items served per family, the comparison snapshots' work, and the
 * database connection pool ({@code database_pool_open}, {@code _in_use}, {@code _waiting}, {@code
 * _max}; read from the pool at each scrape by {@link DatabasePool}).
 *
 * <p>Labels are page paths with identifiers folded away ({@link RequestMetrics#page}) and family
 * codes — a bounded set, and nothing that names a person.
 */
@ApplicationScoped
public class PortalMetrics {

  @Inject MetricRegistry registry;

  @Inject ComparisonSnapshots snapshots;

  @Inject DatabasePool pool;

  @PostConstruct
  void registerGauges() {
    poolGauge("database_pool_open", "Connections the database pool holds open", Usage::open);
    poolGauge("database_pool_in_use", "Pooled connections lent out now", Usage::inUse);
    poolGauge(
        "database_pool_waiting", "Requests waiting for a pooled connection now", Usage::waiting);
    poolGauge("database_pool_max", "Largest number of connections the pool opens", Usage::max);
    registry.gauge(
        Metadata.builder()
            .withName("comparison_snapshot_full_reads")
            .withDescription("Comparison snapshots read from scratch (every shared score)")
            .build(),
        snapshots,
        s -> s.work().fullReads());
    registry.gauge(
        Metadata.builder()
            .withName("comparison_snapshot_refreshes")
            .withDescription("Comparison snapshot refreshes that re-read changed candidates")
            .build(),
        snapshots,
        s -> s.work().incrementalRefreshes());
    registry.gauge(
        Metadata.builder()
            .withName("comparison_snapshot_candidates_reread")
            .withDescription("Candidates re-read by comparison snapshot refreshes")
            .build(),
        snapshots,
        s -> s.work().candidatesReread());
  }

  /**
   * A gauge over one figure of the pool; NaN when this runtime's pool cannot be read (then the
   * gauges are not registered at all if that is known at start).
   */
  private void poolGauge(String name, String description, ToIntFunction<Usage> figure) {
    if (pool.usage().isEmpty()) {
      return;
    }
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        pool,
        p -> p.usage().map(u -> (double) figure.applyAsInt(u)).orElse(Double.NaN));
  }

  /** One request to {@code page} that ended with {@code status} after {@code elapsed}. */
  public void request(String page, int status, Duration elapsed) {
    Tag[] tags = {new Tag("page", page), new Tag("status", (status / 100) + "xx")};
    registry
        .timer(
            Metadata.builder()
                .withName("portal_requests")
                .withDescription("Requests per page: count, rate and latency")
                .build(),
            tags)
        .update(elapsed);
  }

  /** A person finished signing in through the OpenID Connect provider. */
  public void signIn() {
    registry
        .counter(
            Metadata.builder()
                .withName("portal_sign_ins")
                .withDescription("Completed sign-ins")
                .build())
        .inc();
  }

  /**
   * An adaptive test presented one more item: counted once the transaction that stored it commits
   * (a refused or rolled-back answer serves nothing).
   */
  void onItemServed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemServed served) {
    itemServed(served.familyCode());
  }

  /** An adaptive test served one item of {@code family} to a candidate. */
  public void itemServed(String family) {
    registry
        .counter(
            Metadata.builder()
                .withName("assessment_items_served")
                .withDescription("Items presented by adaptive tests, per family")
                .build(),
            new Tag("family", family))
        .inc();
  }
}
