package io.skillspassport.roles.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Builds the {@link RolePage} of a role version: family names, each weight's share of the total,
 * the presets, and the adjacent roles linked only when the portal publishes them. Shared by the
 * public page ({@link Roles}) and the admin's draft preview ({@link RoleAdministration}), so the
 * preview shows exactly what publishing will show. Runs inside the caller's transaction.
 */
@ApplicationScoped
class RolePages {

  @Inject RoleStore store;

  @Inject AssessmentFamilies families;

  /** Family code → display name, falling back to the code for a family that no longer exists. */
  Function<String, String> familyNames() {
    return families.familyCatalogue()::nameOf;
  }

  RolePage page(RoleVersion version) {
    Function<String, String> nameOf = familyNames();
    BigDecimal total =
        version.weights().stream()
            .map(RoleWeight::relevance)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    var weights =
        version.weights().stream()
            .map(
                w ->
                    new RolePage.Weight(
                        w.familyCode(),
                        nameOf.apply(w.familyCode()),
                        w.relevance(),
                        total.signum() == 0 ? 0 : w.relevance().doubleValue() / total.doubleValue(),
                        w.rationale()))
            .toList();
    var presets =
        version.presets().stream()
            .map(
                p ->
                    new RolePage.Preset(
                        p.key(),
                        p.name(),
                        p.description(),
                        p.weights().entrySet().stream()
                            .map(
                                e ->
                                    new RolePage.PresetWeight(
                                        e.getKey(), nameOf.apply(e.getKey()), e.getValue()))
                            .toList()))
            .toList();
    var adjacent =
        version.sections().adjacentRoles().stream()
            .map(
                a ->
                    new RolePage.AdjacentRole(
                        a.title(), a.difference(), linkable(a.slug()) ? a.slug() : null))
            .toList();
    return new RolePage(
        version.role().slug(),
        version.number(),
        version.publishedAt().orElse(null),
        version.title(),
        version.sections(),
        version.readinessThreshold(),
        weights,
        presets,
        adjacent);
  }

  private boolean linkable(String slug) {
    return slug != null
        && !slug.isBlank()
        && store.bySlug(slug).flatMap(Role::latestPublished).isPresent();
  }
}
