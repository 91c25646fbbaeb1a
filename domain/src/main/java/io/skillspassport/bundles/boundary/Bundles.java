package io.skillspassport.bundles.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.bundles.control.BundleAccess;
import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.bundles.entity.BundleExercise;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.bundles.entity.BundleVersion;
import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RoleRequirements;
import io.skillspassport.roles.boundary.Roles;
import io.skillspassport.sharing.boundary.OrganisationOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An employer organisation's assessment bundles: list, create from a role, edit (every save a new,
 * immutable version), rename, clone and archive.
 *
 * <p>Every method is for employers only and checks that the bundle belongs to the caller's
 * organisation; a refusal is recorded in the audit log and thrown as {@link
 * io.skillspassport.platform.boundary.AccessDenied}. Settings out of range are refused with an
 * {@link Rejected} (an {@link IllegalArgumentException}) naming the field and the value.
 */
@ApplicationScoped
@Transactional
public class Bundles {

  private static final DateTimeFormatter CLOCK_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject BundleAccess access;

  @Inject BundleStore store;

  @Inject Roles roles;

  @Inject AssessmentFamilies families;

  @Inject ShareableOrganisations organisations;

  @Inject Clock clock;

  /** The caller's organisation by its name (its slug should the organisation record be gone). */
  public String organisationName() {
    String organisation = access.employerOrganisation("the organisation name");
    return organisations.bySlug(organisation).map(OrganisationOption::name).orElse(organisation);
  }

  /** The organisation's bundles, active first. */
  public List<BundleSummary> list() {
    String organisation = access.employerOrganisation("the bundle list");
    return store.ofOrganisation(organisation).stream()
        .map(
            b -> {
              BundleVersion latest = b.latest().orElseThrow();
              return new BundleSummary(
                  b.id(),
                  b.name(),
                  b.baseRole(),
                  roles
                      .requirements(b.baseRole())
                      .map(RoleRequirements::title)
                      .orElse(b.baseRole()),
                  b.latestNumber(),
                  b.archived(),
                  latest.savedByName(),
                  latest.savedAt());
            })
        .toList();
  }

  /**
   * Creates a bundle from the newest published version of a role: its weights (or those of one of
   * its presets), its threshold and its supplemental exercises become version 1.
   *
   * @param presetKey a preset of the role, or null for the published weights
   * @return the new bundle's id
   * @throws IllegalArgumentException for an unknown role or preset, or a blank name
   */
  public long create(String roleSlug, String name, String presetKey) {
    String organisation = access.employerOrganisation("a new bundle");
    RoleRequirements role = publishedRole(roleSlug);
    Map<String, BigDecimal> weights = presetKey == null ? published(role) : preset(role, presetKey);
    Bundle bundle = new Bundle(organisation, name, roleSlug, access.username(), clock.instant());
    List<BundleFamily> settings =
        families.familyCatalogue().codes().stream()
            .map(
                code ->
                    new BundleFamily(
                        code,
                        weights.getOrDefault(code, BigDecimal.ZERO).signum() > 0,
                        weights.getOrDefault(code, BigDecimal.ZERO),
                        null))
            .toList();
    List<BundleExercise> exercises =
        role.exercises().stream()
            .map(e -> new BundleExercise(e.kind(), e.title(), e.description()))
            .toList();
    bundle.saveVersion(
        role.number(),
        role.readinessThreshold(),
        settings,
        exercises,
        access.username(),
        access.displayName(),
        clock.instant());
    return store.add(bundle).id();
  }

  /** The bundle with its newest settings, history and the presets of its role. */
  public BundleDetail detail(long id) {
    Bundle bundle = access.owned(id);
    RoleRequirements role = publishedRole(bundle.baseRole());
    return new BundleDetail(
        bundle.id(),
        bundle.version(),
        bundle.name(),
        bundle.baseRole(),
        role.title(),
        bundle.archived(),
        settings(bundle.latest().orElseThrow()),
        bundle.versions().stream()
            .sorted(Comparator.comparingInt(BundleVersion::number).reversed())
            .map(
                v ->
                    new BundleDetail.VersionSummary(
                        v.number(),
                        v.roleVersionNumber(),
                        v.threshold(),
                        v.savedByName(),
                        v.savedAt()))
            .toList(),
        role.presets().stream()
            .map(p -> new BundleDetail.Preset(p.key(), p.name(), p.description()))
            .toList());
  }

  /** The settings of one saved version. */
  public BundleSettings version(long id, int number) {
    Bundle bundle = access.owned(id);
    return bundle
        .version(number)
        .map(this::settings)
        .orElseThrow(() -> new NotFound("Bundle " + id + " has no version " + number));
  }

  /**
   * {@code current} with the weights of a preset of the bundle's role (newest published version);
   * nothing is saved.
   */
  public BundleSettings applyPreset(long id, String presetKey, BundleSettings current) {
    Bundle bundle = access.owned(id);
    RoleRequirements role = publishedRole(bundle.baseRole());
    return withWeights(current, role, preset(role, presetKey), current.threshold());
  }

  /**
   * {@code current} with the role's published weights and threshold (newest published version);
   * nothing is saved. Minimums and exercises stay as they are.
   */
  public BundleSettings publishedWeights(long id, BundleSettings current) {
    Bundle bundle = access.owned(id);
    RoleRequirements role = publishedRole(bundle.baseRole());
    return withWeights(current, role, published(role), role.readinessThreshold());
  }

  /**
   * Saves {@code settings} as the bundle's next version.
   *
   * @return the new version's number
   * @throws Conflict when a version was saved after {@code settings.basedOnNumber()}, or the bundle
   *     is archived
   * @throws Rejected naming the field and value of a setting out of range
   */
  public int save(long id, BundleSettings settings) {
    Bundle bundle = access.owned(id);
    if (bundle.archived()) {
      throw archived(bundle, "your changes were not saved");
    }
    if (bundle.latestNumber() != settings.basedOnNumber()) {
      throw conflict(bundle.latest().orElseThrow());
    }
    List<BundleFamily> familySettings =
        settings.families().stream()
            .map(f -> new BundleFamily(f.familyCode(), f.included(), f.weight(), f.minimum()))
            .toList();
    for (BundleFamily family : familySettings) {
      if (!families.familyCatalogue().contains(family.familyCode())) {
        throw new Rejected("families", "Unknown assessment family '" + family.familyCode() + "'");
      }
    }
    List<BundleExercise> exercises =
        settings.exercises().stream()
            .map(e -> new BundleExercise(e.kind(), e.name(), e.description()))
            .toList();
    BundleVersion saved =
        bundle.saveVersion(
            settings.roleVersionNumber(),
            settings.threshold(),
            familySettings,
            exercises,
            access.username(),
            access.displayName(),
            clock.instant());
    try {
      store.flush();
    } catch (OptimisticLockException raced) {
      throw new Conflict(
          "Someone saved this bundle at the same moment; reload to see their version — your"
              + " changes were not saved",
          saved.number());
    }
    return saved.number();
  }

  /**
   * Renames the bundle; names are not versioned, so the rename is checked against the bundle the
   * editor loaded, as every other edit is: a rename, save or archiving in between is a conflict,
   * not a silent overwrite.
   *
   * @param expectedVersion the {@link BundleDetail#lockVersion()} the editor loaded
   * @throws Conflict when the bundle changed since, or is archived
   * @throws Rejected for a blank or too long name
   */
  public void rename(long id, long expectedVersion, String name) {
    Bundle bundle = access.owned(id);
    if (bundle.archived()) {
      throw archived(bundle, "the new name was not saved");
    }
    if (bundle.version() != expectedVersion) {
      throw renamedMeanwhile(bundle.latestNumber());
    }
    bundle.rename(name);
    try {
      store.flush();
    } catch (OptimisticLockException raced) {
      throw renamedMeanwhile(bundle.latestNumber());
    }
  }

  /**
   * A new bundle of the same organisation whose version 1 copies the newest version of bundle
   * {@code id}.
   *
   * @return the new bundle's id
   */
  public long copy(long id, String name) {
    Bundle source = access.owned(id);
    BundleVersion latest = source.latest().orElseThrow();
    Bundle copy =
        new Bundle(
            source.organisation(), name, source.baseRole(), access.username(), clock.instant());
    copy.saveVersion(
        latest.roleVersionNumber(),
        latest.threshold(),
        latest.families(),
        latest.exercises(),
        access.username(),
        access.displayName(),
        clock.instant());
    return store.add(copy).id();
  }

  /**
   * Archives the bundle: it stays readable, comparable and clonable but leaves the active list and
   * no longer changes.
   *
   * @throws Conflict when someone saved or renamed it at the same moment
   */
  public void archive(long id) {
    Bundle bundle = access.owned(id);
    bundle.archive();
    try {
      store.flush();
    } catch (OptimisticLockException raced) {
      throw new Conflict(
          "Someone changed this bundle at the same moment; reload to see it — it was not archived",
          bundle.latestNumber());
    }
  }

  private static Conflict archived(Bundle bundle, String consequence) {
    return new Conflict(
        "This bundle is archived: it can still be read, compared and cloned, but no longer"
            + " changed; clone it to go on with a copy — "
            + consequence,
        bundle.latestNumber());
  }

  private static Conflict renamedMeanwhile(int latestNumber) {
    return new Conflict(
        "Someone renamed, saved or archived this bundle after you opened it; reload to see it —"
            + " the new name was not saved",
        latestNumber);
  }

  private Conflict conflict(BundleVersion latest) {
    return new Conflict(
        latest.savedByName()
            + " saved version "
            + latest.number()
            + " at "
            + CLOCK_TIME.format(latest.savedAt())
            + " while you were editing; reload to see it — your changes were not saved",
        latest.number());
  }

  private BundleSettings withWeights(
      BundleSettings current,
      RoleRequirements role,
      Map<String, BigDecimal> weights,
      int threshold) {
    return new BundleSettings(
        current.basedOnNumber(),
        role.number(),
        threshold,
        current.families().stream()
            .map(
                f -> {
                  BigDecimal w = weights.getOrDefault(f.familyCode(), BigDecimal.ZERO);
                  return new BundleSettings.FamilySetting(
                      f.familyCode(), f.familyName(), w.signum() > 0, w, f.minimum());
                })
            .toList(),
        current.exercises());
  }

  private BundleSettings settings(BundleVersion version) {
    Map<String, String> names = familyNames();
    return new BundleSettings(
        version.number(),
        version.roleVersionNumber(),
        version.threshold(),
        version.families().stream()
            .map(
                f ->
                    new BundleSettings.FamilySetting(
                        f.familyCode(),
                        names.getOrDefault(f.familyCode(), f.familyCode()),
                        f.included(),
                        f.weight(),
                        f.minimum().orElse(null)))
            .toList(),
        version.exercises().stream()
            .map(e -> new BundleSettings.Exercise(e.kind(), e.name(), e.description()))
            .toList());
  }

  private Map<String, String> familyNames() {
    return families.familyCatalogue().names();
  }

  private RoleRequirements publishedRole(String slug) {
    return roles
        .requirements(slug)
        .orElseThrow(() -> new IllegalArgumentException("No published role '" + slug + "'"));
  }

  private static Map<String, BigDecimal> published(RoleRequirements role) {
    return new LinkedHashMap<>(role.weights());
  }

  private static Map<String, BigDecimal> preset(RoleRequirements role, String key) {
    return role.presetWeights(key)
        .map(w -> (Map<String, BigDecimal>) new LinkedHashMap<>(w))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Role " + role.slug() + " has no preset '" + key + "'"));
  }
}
