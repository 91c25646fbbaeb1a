package io.skillspassport.roles.boundary;

import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
