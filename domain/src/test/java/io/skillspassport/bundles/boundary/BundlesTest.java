package io.skillspassport.bundles.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.assessments.boundary.TestFamilies;
import io.skillspassport.bundles.control.BundleAccessFixture;
import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.TestRoles;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundle use cases through the real stores on a migrated H2 holding the shipped families and
 * the ML Research Scientist role: a bundle starts from the role's published weights (or a preset),
 * threshold and exercises; every save is a new version and a stale or archived editor is refused;
 * only the owning organisation's employers reach a bundle.
 *
 * <p>Expected values are typed in from the shipped role file {@code
 * content/roles/ml-research-scientist.json} (weights 0.75, 0.65, 0.65, 0.60, 0.55, 0.55; threshold
 * 650; presets {@code theoretical-research} and {@code applied-research}; three supplemental
 * exercises), not read through the code under test. One database for the class; every test works in
 * an organisation of its own, so the tests do not see each other's bundles.
 */
class BundlesTest {

  private static final String ROLE = "ml-research-scientist";

  /** The role's published relevance weights, from the shipped role file. */
  private static final Map<String, String> PUBLISHED =
      Map.of(
          "COGNITIVE_REASONING", "0.75",
          "AI_OUTPUT_EVALUATION", "0.65",
          "DATA_ANALYSIS", "0.65",
          "PYTHON_FUNDAMENTALS", "0.6",
          "AI_COLLABORATION_LITERACY", "0.55",
          "COMMUNICATION", "0.55");

  /** The {@code applied-research} preset's weights, from the shipped role file. */
  private static final Map<String, String> APPLIED =
      Map.of(
          "COGNITIVE_REASONING", "0.7",
          "AI_OUTPUT_EVALUATION", "0.8",
          "DATA_ANALYSIS", "0.65",
          "PYTHON_FUNDAMENTALS", "0.8",
          "AI_COLLABORATION_LITERACY", "0.55",
          "COMMUNICATION", "0.5");

  private static Database db;

  private FixedCaller caller;

  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void shippedContent() {
    db = ShippedFamiliesAndRoles.database(BundlesTest.class);
  }

  @BeforeEach
  void anEmployerOfANewOrganisation() {
    String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
    db.run(
        em ->
            new OrganisationStore(em)
                .add(new EmployerOrganisation(organisation, "Org " + organisation, "")));
    caller = FixedCaller.employer("erin", organisation);
  }

  private <T> T call(Function<Bundles, T> use) {
    return db.inTransaction(em -> use.apply(bundles(em)));
  }

  private Bundles bundles(EntityManager em) {
    FixedCaller who = caller;
    Guard guard =
        new Guard(who) {
          @Override
          public AccessDenied refuse(String what, String reason, String message) {
            denied.add(what + ": " + reason);
            return super.refuse(what, reason, message);
          }
        };
    Bundles bundles = new Bundles();
    bundles.clock = Clock.systemUTC();
    bundles.access = BundleAccessFixture.of(who, guard, em);
    bundles.store = new BundleStore(em);
    bundles.roles = TestRoles.of(em);
    bundles.families = TestFamilies.of(em);
    bundles.organisations = new ShareableOrganisations(new OrganisationStore(em));
    return bundles;
  }

  private static Map<String, BigDecimal> weights(BundleSettings settings) {
    return settings.families().stream()
        .collect(
            Collectors.toMap(
                BundleSettings.FamilySetting::familyCode, f -> f.weight().stripTrailingZeros()));
  }

  private static Map<String, BigDecimal> decimals(Map<String, String> weights) {
    return weights.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> new BigDecimal(e.getValue()).stripTrailingZeros()));
  }

  /** {@code settings} with one family's weight changed, based on {@code basedOn}. */
  private static BundleSettings withWeight(
      BundleSettings settings, int basedOn, String family, String weight) {
    return new BundleSettings(
        basedOn,
        settings.roleVersionNumber(),
        settings.threshold(),
        settings.families().stream()
            .map(
                f ->
                    f.familyCode().equals(family)
                        ? new BundleSettings.FamilySetting(
                            f.familyCode(),
                            f.familyName(),
                            true,
                            new BigDecimal(weight),
                            f.minimum())
                        : f)
            .toList(),
        settings.exercises());
  }

  @Test
  void aNewBundleStartsFromTheRolesPublishedWeightsThresholdAndExercises() {
    long id = call(b -> b.create(ROLE, "  Research 2027 ", null));

    BundleDetail detail = call(b -> b.detail(id));

    assertThat(detail.name()).isEqualTo("Research 2027");
    assertThat(detail.baseRole()).isEqualTo(ROLE);
    assertThat(detail.roleTitle()).isEqualTo("ML Research Scientist");
    assertThat(detail.archived()).isFalse();
    assertThat(detail.latest().basedOnNumber()).isEqualTo(1);
    assertThat(detail.latest().roleVersionNumber()).isEqualTo(1);
    assertThat(detail.latest().threshold()).isEqualTo(650);
    assertThat(weights(detail.latest())).isEqualTo(decimals(PUBLISHED));
    assertThat(detail.latest().families())
        .allSatisfy(
            f -> {
              assertThat(f.included()).as(f.familyCode()).isTrue();
              assertThat(f.minimum()).as(f.familyCode()).isNull();
            });
    assertThat(detail.latest().families())
        .extracting(BundleSettings.FamilySetting::familyName)
        .contains("Python Fundamentals", "Communication");
    assertThat(detail.latest().exercises())
        .extracting(BundleSettings.Exercise::kind)
        .containsExactly("PAPER_READING", "RESEARCH_DESIGN", "PROJECT_DEEP_DIVE");
    assertThat(detail.history())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.number()).isEqualTo(1);
              assertThat(v.threshold()).isEqualTo(650);
              assertThat(v.savedByName()).isEqualTo("erin");
            });
    assertThat(detail.presets())
        .extracting(BundleDetail.Preset::key)
        .containsExactly("theoretical-research", "applied-research");
    assertThat(call(Bundles::list))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(id);
              assertThat(s.name()).isEqualTo("Research 2027");
              assertThat(s.baseRoleTitle()).isEqualTo("ML Research Scientist");
              assertThat(s.latestVersion()).isEqualTo(1);
              assertThat(s.archived()).isFalse();
            });
    assertThat(call(Bundles::organisationName)).isEqualTo("Org " + caller.organisationSlug());
  }

  @Test
  void aBundleFromAPresetTakesThePresetsWeightsAndTheRolesThreshold() {
    long id = call(b -> b.create(ROLE, "Applied", "applied-research"));

    BundleSettings latest = call(b -> b.detail(id)).latest();

    assertThat(weights(latest)).isEqualTo(decimals(APPLIED));
    assertThat(latest.threshold()).isEqualTo(650);
    assertThatThrownBy(() -> call(b -> b.create(ROLE, "X", "no-such-preset")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-preset");
    assertThatThrownBy(() -> call(b -> b.create("no-such-role", "X", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-role");
  }

  @Test
  void applyingAPresetOrThePublishedWeightsChangesOnlyTheWeightsAndSavesNothing() {
    long id = call(b -> b.create(ROLE, "Presets", null));
    BundleSettings v1 = call(b -> b.detail(id)).latest();
    BundleSettings edited =
        new BundleSettings(
            1,
            v1.roleVersionNumber(),
            700,
            v1.families().stream()
                .map(
                    f ->
                        new BundleSettings.FamilySetting(
                            f.familyCode(), f.familyName(), false, BigDecimal.ZERO, 600))
                .toList(),
            List.of());

    BundleSettings applied = call(b -> b.applyPreset(id, "applied-research", edited));
    BundleSettings published = call(b -> b.publishedWeights(id, edited));

    assertThat(weights(applied)).isEqualTo(decimals(APPLIED));
    assertThat(applied.families()).allSatisfy(f -> assertThat(f.included()).isTrue());
    assertThat(applied.families()).allSatisfy(f -> assertThat(f.minimum()).isEqualTo(600));
    assertThat(applied.threshold()).isEqualTo(700);
    assertThat(applied.basedOnNumber()).isEqualTo(1);
    assertThat(applied.exercises()).isEmpty();
    assertThat(weights(published)).isEqualTo(decimals(PUBLISHED));
    assertThat(published.threshold()).isEqualTo(650);
    assertThat(published.families()).allSatisfy(f -> assertThat(f.minimum()).isEqualTo(600));
    assertThat(call(b -> b.detail(id)).history()).hasSize(1);
  }

  @Test
  void everySaveIsANewVersionAndOldVersionsStayAsTheyWere() {
    long id = call(b -> b.create(ROLE, "Versions", null));
    BundleSettings v1 = call(b -> b.detail(id)).latest();

    int second = call(b -> b.save(id, withWeight(v1, 1, "PYTHON_FUNDAMENTALS", "1")));
    int third = call(b -> b.save(id, withWeight(b.version(id, 2), 2, "COMMUNICATION", "0.05")));

    assertThat(second).isEqualTo(2);
    assertThat(third).isEqualTo(3);
    BundleDetail detail = call(b -> b.detail(id));
    assertThat(detail.history())
        .extracting(BundleDetail.VersionSummary::number)
        .containsExactly(3, 2, 1);
    assertThat(weights(call(b -> b.version(id, 1)))).isEqualTo(decimals(PUBLISHED));
    assertThat(weights(call(b -> b.version(id, 2))).get("PYTHON_FUNDAMENTALS"))
        .isEqualByComparingTo("1");
    assertThat(weights(call(b -> b.version(id, 2))).get("COMMUNICATION"))
        .isEqualByComparingTo("0.55");
    assertThat(weights(detail.latest()).get("COMMUNICATION")).isEqualByComparingTo("0.05");
    assertThat(weights(detail.latest()).get("PYTHON_FUNDAMENTALS")).isEqualByComparingTo("1");
    assertThat(detail.latest().basedOnNumber()).isEqualTo(3);
    assertThatThrownBy(() -> call(b -> b.version(id, 4)))
        .isInstanceOf(NotFound.class)
        .hasMessageContaining("no version 4");
  }

  @Test
  void aSaveFromAStaleVersionIsAConflictNamingWhoSavedAndNothingIsSaved() {
    long id = call(b -> b.create(ROLE, "Race", null));
    BundleSettings v1 = call(b -> b.detail(id)).latest();
    call(b -> b.save(id, withWeight(v1, 1, "PYTHON_FUNDAMENTALS", "1")));

    assertThatThrownBy(() -> call(b -> b.save(id, withWeight(v1, 1, "COMMUNICATION", "1"))))
        .isInstanceOfSatisfying(
            Conflict.class,
            c -> {
              assertThat(c.getMessage()).contains("erin saved version 2").contains("not saved");
              assertThat(c.latestVersion()).hasValue(2);
            });
    BundleDetail after = call(b -> b.detail(id));
    assertThat(after.history()).hasSize(2);
    assertThat(weights(after.latest()))
        .containsEntry("PYTHON_FUNDAMENTALS", BigDecimal.ONE)
        .containsEntry("COMMUNICATION", new BigDecimal("0.55"));
  }

  @Test
  void outOfRangeSettingsAndUnknownFamiliesAreRefusedNamingTheField() {
    long id = call(b -> b.create(ROLE, "Invalid", null));
    BundleSettings v1 = call(b -> b.detail(id)).latest();
    BundleSettings unknown =
        new BundleSettings(
            1,
            1,
            650,
            List.of(
                new BundleSettings.FamilySetting(
                    "ASTROLOGY", "Astrology", true, new BigDecimal("0.5"), null)),
            List.of());

    assertThatThrownBy(() -> call(b -> b.save(id, unknown)))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("families"))
        .hasMessageContaining("ASTROLOGY");
    assertThatThrownBy(() -> call(b -> b.save(id, withWeight(v1, 1, "COMMUNICATION", "1.5"))))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("1.5");
    assertThat(call(b -> b.detail(id)).history()).hasSize(1);
  }

  /**
   * Moved from {@code web}'s {@code EmployerBundlesIT}: a weight off the 0.05 grid (0.33), a
   * minimum above the scale's 850 (900) and settings in which no family is included are refused
   * naming the family and the value, and nothing is saved.
   */
  @Test
  void weightsOffTheGridMinimumsOffTheScaleAndNoIncludedFamilyAreRefused() {
    long id = call(b -> b.create(ROLE, "Validation", null));
    BundleSettings v1 = call(b -> b.detail(id)).latest();
    BundleSettings minimum900 =
        new BundleSettings(
            1,
            v1.roleVersionNumber(),
            v1.threshold(),
            v1.families().stream()
                .map(
                    f ->
                        f.familyCode().equals("DATA_ANALYSIS")
                            ? new BundleSettings.FamilySetting(
                                f.familyCode(), f.familyName(), f.included(), f.weight(), 900)
                            : f)
                .toList(),
            v1.exercises());
    BundleSettings nothing =
        new BundleSettings(
            1,
            v1.roleVersionNumber(),
            v1.threshold(),
            v1.families().stream()
                .map(
                    f ->
                        new BundleSettings.FamilySetting(
                            f.familyCode(), f.familyName(), false, f.weight(), null))
                .toList(),
            v1.exercises());

    assertThatThrownBy(() -> call(b -> b.save(id, withWeight(v1, 1, "DATA_ANALYSIS", "0.33"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATA_ANALYSIS")
        .hasMessageContaining("0.33");
    assertThatThrownBy(() -> call(b -> b.save(id, minimum900)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATA_ANALYSIS")
        .hasMessageContaining("900");
    assertThatThrownBy(() -> call(b -> b.save(id, nothing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("At least one included family");
    assertThat(call(b -> b.detail(id)).history()).hasSize(1);
  }

  @Test
  void renameIsCheckedAgainstTheLoadedBundle() {
    long id = call(b -> b.create(ROLE, "Old name", null));
    long loaded = call(b -> b.detail(id)).lockVersion();

    call(
        b -> {
          b.rename(id, loaded, " New name ");
          return null;
        });

    BundleDetail renamed = call(b -> b.detail(id));
    assertThat(renamed.name()).isEqualTo("New name");
    assertThat(renamed.lockVersion()).isNotEqualTo(loaded);
    assertThatThrownBy(
            () ->
                call(
                    b -> {
                      b.rename(id, loaded, "Stale");
                      return null;
                    }))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("new name was not saved");
    assertThat(call(b -> b.detail(id)).name()).isEqualTo("New name");
  }

  @Test
  void anArchivedBundleStaysReadableAndClonableButNoLongerChanges() {
    long id = call(b -> b.create(ROLE, "Archive me", null));
    BundleSettings v1 = call(b -> b.detail(id)).latest();
    call(b -> b.save(id, withWeight(v1, 1, "PYTHON_FUNDAMENTALS", "1")));
    long lock = call(b -> b.detail(id)).lockVersion();

    call(
        b -> {
          b.archive(id);
          return null;
        });

    BundleDetail archived = call(b -> b.detail(id));
    assertThat(archived.archived()).isTrue();
    assertThatThrownBy(
            () -> call(b -> b.save(id, withWeight(archived.latest(), 2, "DATA_ANALYSIS", "1"))))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("archived")
        .hasMessageContaining("your changes were not saved");
    assertThatThrownBy(
            () ->
                call(
                    b -> {
                      b.rename(id, archived.lockVersion(), "Renamed");
                      return null;
                    }))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("archived");
    assertThat(lock).isNotEqualTo(archived.lockVersion());

    long copy = call(b -> b.copy(id, "Copy"));
    BundleDetail cloned = call(b -> b.detail(copy));
    assertThat(copy).isNotEqualTo(id);
    assertThat(cloned.archived()).isFalse();
    assertThat(cloned.name()).isEqualTo("Copy");
    assertThat(cloned.history()).hasSize(1);
    assertThat(weights(cloned.latest())).isEqualTo(weights(archived.latest()));
    assertThat(weights(cloned.latest()).get("PYTHON_FUNDAMENTALS")).isEqualByComparingTo("1");
    assertThat(call(Bundles::list))
        .extracting(BundleSummary::name, BundleSummary::archived)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Archive me", true),
            org.assertj.core.groups.Tuple.tuple("Copy", false));
  }

  @Test
  void anotherOrganisationsBundleIsDeniedAndRecordedAndAMissingOneIsNoRecord() {
    long id = call(b -> b.create(ROLE, "Ours", null));
    anEmployerOfANewOrganisation();

    assertThatThrownBy(() -> call(b -> b.detail(id)))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("not a bundle of organisation " + caller.organisationSlug());
    assertThat(denied).singleElement().asString().startsWith("bundle " + id);
    assertThatThrownBy(() -> call(b -> b.detail(Long.MAX_VALUE))).isInstanceOf(NotFound.class);
    assertThat(call(Bundles::list)).isEmpty();

    caller = FixedCaller.candidate("cara");
    assertThatThrownBy(() -> call(Bundles::list)).isInstanceOf(AccessDenied.class);
    caller =
        new FixedCaller(
            "erin", null, java.util.Set.of(io.skillspassport.platform.boundary.Caller.EMPLOYER));
    assertThatThrownBy(() -> call(b -> b.create(ROLE, "Nowhere", null)))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("no employer organisation");
  }
}
