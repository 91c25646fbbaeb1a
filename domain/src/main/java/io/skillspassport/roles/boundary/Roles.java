package io.skillspassport.roles.boundary;

import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The published roles, as anyone may read them: the catalogue and the role pages. Open to visitors,
 * so it checks no caller; it only ever exposes published versions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Roles {

  @Inject RoleStore store;

  @Inject RolePages pages;

  /** Every published role, alphabetically by title. */
  public List<RoleSummary> catalogue() {
    return store.published().stream()
        .flatMap(role -> role.latestPublished().map(v -> summary(role, v)).stream())
        .sorted(Comparator.comparing(RoleSummary::title))
        .toList();
  }

  /**
   * The page of the newest published version of a role; empty for an unknown or unpublished slug.
   */
  public Optional<RolePage> page(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return store.bySlug(slug).flatMap(Role::latestPublished).map(pages::page);
  }

  /**
   * What other components read of the newest published version of every published role, in slug
   * order.
   *
   * <p>Kept between calls while the set of published versions is the same: a published version
   * never changes ({@link RoleVersion} refuses it) and a role's slug is stable, so the ids of the
   * published versions determine the answer. Each call still asks the database for those ids (one
   * small query, so an instance sees a version another instance published at its next call) and
   * reads everything again only when they differ; every candidate's dashboard asks for this.
   */
  public List<RoleRequirements> publishedRequirements() {
    List<Long> ids = store.publishedVersionIds();
    Published kept = published.get();
    if (kept != null && kept.versionIds().equals(ids)) {
      return kept.requirements();
    }
    List<RoleRequirements> fresh =
        store.published().stream()
            .flatMap(role -> role.latestPublished().stream())
            .map(Roles::requirements)
            .toList();
    published.set(new Published(ids, fresh));
    return fresh;
  }

  /** The last answer of {@link #publishedRequirements()} and the published versions it is of. */
  private record Published(List<Long> versionIds, List<RoleRequirements> requirements) {}

  private final AtomicReference<Published> published = new AtomicReference<>();

  /** The newest published version of a role; empty for an unknown or unpublished slug. */
  public Optional<RoleRequirements> requirements(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return store.bySlug(slug).flatMap(Role::latestPublished).map(Roles::requirements);
  }

  /**
   * Published version {@code number} of a role (the one a bundle was built from), or the newest
   * published version when that number is not a published version; empty for an unknown or
   * unpublished slug.
   */
  public Optional<RoleRequirements> requirements(String slug, int number) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return store
        .bySlug(slug)
        .flatMap(
            role -> role.version(number).filter(RoleVersion::isPublished).or(role::latestPublished))
        .map(Roles::requirements);
  }

  static RoleRequirements requirements(RoleVersion version) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    version.weights().forEach(w -> weights.put(w.familyCode(), w.relevance()));
    return new RoleRequirements(
        version.role().slug(),
        version.number(),
        version.title(),
        version.readinessThreshold(),
        weights,
        version.presets().stream()
            .map(
                p ->
                    new RoleRequirements.Preset(
                        p.key(), p.name(), p.description(), new LinkedHashMap<>(p.weights())))
            .toList(),
        version.sections().supplementalExercises().stream()
            .map(e -> new RoleRequirements.Exercise(e.kind(), e.title(), e.description()))
            .toList());
  }

  private RoleSummary summary(Role role, RoleVersion version) {
    var comp = version.sections().compensation();
    return new RoleSummary(
        role.slug(),
        version.title(),
        version.sections().summary(),
        comp == null ? 0 : comp.median(),
        comp == null ? "" : comp.currency(),
        (int) version.weights().stream().filter(w -> w.relevance().signum() > 0).count(),
        version.number());
  }
}
