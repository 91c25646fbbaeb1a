package io.skillspassport.roles.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published roles, as anyone may read them: the catalogue and the role pages. Open to visitors,
 * so it checks no caller; it only ever exposes published versions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Roles {

  @Inject RoleStore store;

  @Inject FamilyStore families;

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
    return store.bySlug(slug).flatMap(Role::latestPublished).map(this::page);
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

  private RolePage page(RoleVersion version) {
    Map<String, String> names =
        families.all().stream()
            .collect(Collectors.toMap(AssessmentFamily::code, AssessmentFamily::name));
    Function<String, String> nameOf = code -> names.getOrDefault(code, code);
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
        version.publishedAt().orElseThrow(),
        version.title(),
        version.sections(),
        version.readinessThreshold(),
        weights,
        presets,
        adjacent);
  }

  private boolean linkable(String slug) {
    return slug != null && store.bySlug(slug).flatMap(Role::latestPublished).isPresent();
  }
}
