package io.skillspassport.bundles.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.platform.boundary.Rejected;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules a bundle keeps by itself, without a database: a stripped name of 1–200 characters,
 * numbered versions that are immutable once archived, a threshold and family minimums on the
 * 300–850 scale, weights from 0 to 1 in steps of 0.05 with at least one that counts, each family
 * once. Expected values are the rules as the README and the bundle editor state them.
 */
class BundleTest {

  private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T09:00:00Z");

  private static Bundle bundle(String name) {
    return new Bundle("northwind-labs", name, "ml-research-scientist", "erin", T0);
  }

  private static BundleFamily family(String code, String weight) {
    return new BundleFamily(code, true, new BigDecimal(weight), null);
  }

  private static BundleVersion save(Bundle bundle, int threshold, List<BundleFamily> families) {
    return bundle.saveVersion(3, threshold, families, List.of(), "erin", "Erin Employer", T1);
  }

  @Test
  void aNewBundleKeepsWhatItWasCreatedWithAndHasNoVersionYet() {
    Bundle b = bundle("  Research hires 2027  ");

    assertThat(b.organisation()).isEqualTo("northwind-labs");
    assertThat(b.name()).isEqualTo("Research hires 2027");
    assertThat(b.baseRole()).isEqualTo("ml-research-scientist");
    assertThat(b.createdBy()).isEqualTo("erin");
    assertThat(b.createdAt()).isEqualTo(T0);
    assertThat(b.archived()).isFalse();
    assertThat(b.latestNumber()).isZero();
    assertThat(b.latest()).isEmpty();
    assertThat(b.versions()).isEmpty();
  }

  @Test
  void versionsAreNumberedFromOneAndTheLatestIsTheLastSaved() {
    Bundle b = bundle("Loop");

    BundleVersion first = save(b, 650, List.of(family("PYTHON", "0.75")));
    BundleVersion second =
        save(b, 700, List.of(family("PYTHON", "0.50"), family("COMMUNICATION", "0.25")));

    assertThat(first.number()).isEqualTo(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(b.latestNumber()).isEqualTo(2);
    assertThat(b.latest()).containsSame(second);
    assertThat(b.version(1)).containsSame(first);
    assertThat(b.version(3)).isEmpty();
    assertThat(b.versions()).containsExactly(first, second);
    assertThat(second.bundle()).isSameAs(b);
    assertThat(second.threshold()).isEqualTo(700);
    assertThat(second.roleVersionNumber()).isEqualTo(3);
    assertThat(second.savedBy()).isEqualTo("erin");
    assertThat(second.savedByName()).isEqualTo("Erin Employer");
    assertThat(second.savedAt()).isEqualTo(T1);
    assertThat(second.families())
        .extracting(BundleFamily::familyCode)
        .containsExactly("PYTHON", "COMMUNICATION");
    assertThatThrownBy(() -> b.versions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anArchivedBundleCanNeitherBeRenamedNorChanged() {
    Bundle b = bundle("Loop");
    b.archive();

    assertThat(b.archived()).isTrue();
    assertThatThrownBy(() -> b.rename("Other")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> save(b, 650, List.of(family("PYTHON", "1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("archived");
    assertThat(b.name()).isEqualTo("Loop");
    assertThat(b.versions()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankNameIsRefusedOnTheNameField(String name) {
    assertThatThrownBy(() -> bundle(name))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void aNameHasAtMost200CharactersAfterStripping() {
    String longest = "n".repeat(Bundle.MAX_NAME);

    assertThat(bundle("  " + longest + "  ").name()).isEqualTo(longest);
    assertThatThrownBy(() -> bundle(longest + "n"))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("name"))
        .hasMessageContaining("at most 200");
    assertThatThrownBy(() -> bundle(null)).isInstanceOf(Rejected.class);
  }

  @ParameterizedTest(name = "threshold {0} accepted: {1}")
  @CsvSource({"299, false", "300, true", "850, true", "851, false"})
  void theThresholdLiesOnTheScale(int threshold, boolean accepted) {
    Bundle b = bundle("Loop");
    if (accepted) {
      assertThat(save(b, threshold, List.of(family("PYTHON", "1"))).threshold())
          .isEqualTo(threshold);
    } else {
      assertThatThrownBy(() -> save(b, threshold, List.of(family("PYTHON", "1"))))
          .isInstanceOfSatisfying(
              Rejected.class, e -> assertThat(e.field()).isEqualTo("threshold"));
      assertThat(b.latestNumber()).isZero();
    }
  }

  @Test
  void aFamilyAppearsOnceAndOneOfThemMustCount() {
    Bundle b = bundle("Loop");

    assertThatThrownBy(
            () -> save(b, 650, List.of(family("PYTHON", "0.5"), family("PYTHON", "0.5"))))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("families"))
        .hasMessageContaining("PYTHON appears twice");
    assertThatThrownBy(() -> save(b, 650, List.of(family("PYTHON", "0"))))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("families"));
    assertThatThrownBy(
            () ->
                save(
                    b,
                    650,
                    List.of(new BundleFamily("PYTHON", false, new BigDecimal("0.5"), null))))
        .isInstanceOf(Rejected.class);
  }

  @ParameterizedTest(name = "weight {0} accepted: {1}")
  @CsvSource({
    "0, true",
    "0.05, true",
    "1, true",
    "1.00, true",
    "-0.05, false",
    "1.05, false",
    "0.07, false",
    "0.051, false"
  })
  void weightsLieBetweenZeroAndOneInStepsOfFiveHundredths(String weight, boolean accepted) {
    if (accepted) {
      BundleFamily f = family("PYTHON", weight);
      assertThat(f.weight()).isEqualByComparingTo(weight);
      assertThat(f.weight().scale()).isEqualTo(2);
    } else {
      assertThatThrownBy(() -> family("PYTHON", weight))
          .isInstanceOfSatisfying(
              Rejected.class, e -> assertThat(e.field()).isEqualTo("weight:PYTHON"))
          .hasMessageContaining(weight);
    }
  }

  @Test
  void aMissingWeightIsRefusedOnItsFamily() {
    assertThatThrownBy(() -> new BundleFamily("COMMUNICATION", true, null, null))
        .isInstanceOfSatisfying(
            Rejected.class, e -> assertThat(e.field()).isEqualTo("weight:COMMUNICATION"));
  }

  @ParameterizedTest(name = "minimum {0} accepted: {1}")
  @CsvSource({"299, false", "300, true", "850, true", "851, false"})
  void aFamilyMinimumLiesOnTheScale(int minimum, boolean accepted) {
    if (accepted) {
      assertThat(new BundleFamily("PYTHON", true, BigDecimal.ONE, minimum).minimum())
          .contains(minimum);
    } else {
      assertThatThrownBy(() -> new BundleFamily("PYTHON", true, BigDecimal.ONE, minimum))
          .isInstanceOfSatisfying(
              Rejected.class, e -> assertThat(e.field()).isEqualTo("minimum:PYTHON"));
    }
  }

  @Test
  void onlyAnIncludedFamilyWithAPositiveWeightCounts() {
    assertThat(new BundleFamily("A", true, new BigDecimal("0.05"), null).counts()).isTrue();
    assertThat(new BundleFamily("A", true, BigDecimal.ZERO, null).counts()).isFalse();
    assertThat(new BundleFamily("A", false, BigDecimal.ONE, null).counts()).isFalse();
    assertThat(new BundleFamily("A", false, BigDecimal.ONE, null).included()).isFalse();
    assertThat(new BundleFamily("A", true, BigDecimal.ONE, null).minimum()).isEmpty();
  }

  @Test
  void anExerciseIsNamedAndItsTextsAreStripped() {
    BundleExercise e = new BundleExercise("  paper-reading ", "  Paper reading ", null);

    assertThat(e.kind()).isEqualTo("paper-reading");
    assertThat(e.name()).isEqualTo("Paper reading");
    assertThat(e.description()).isEmpty();
    assertThat(new BundleExercise(" ", "Deep dive", " why ").kind()).isEqualTo("exercise");
    assertThat(new BundleExercise(null, "Deep dive", " why ").description()).isEqualTo("why");
    assertThat(new BundleExercise("k", "n".repeat(200), "").name()).hasSize(200);
    assertThat(new BundleExercise("k".repeat(80), "n", "d".repeat(4000)).description())
        .hasSize(4000);
  }

  @Test
  void anExerciseOutsideItsLimitsIsRefused() {
    assertThatThrownBy(() -> new BundleExercise("k", " ", "d"))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("needs a name");
    assertThatThrownBy(() -> new BundleExercise("k", null, "d")).isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> new BundleExercise("k", "n".repeat(201), "d"))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("200");
    assertThatThrownBy(() -> new BundleExercise("k", "n", "d".repeat(4001)))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("exercises"));
    assertThatThrownBy(() -> new BundleExercise("k".repeat(81), "n", "d"))
        .isInstanceOf(Rejected.class);
  }

  @Test
  void aVersionKeepsItsExercisesInOrder() {
    Bundle b = bundle("Loop");
    List<BundleExercise> exercises =
        List.of(new BundleExercise("a", "First", ""), new BundleExercise("b", "Second", ""));

    BundleVersion v =
        b.saveVersion(1, 650, List.of(family("PYTHON", "1")), exercises, "erin", "Erin", T1);

    assertThat(v.exercises()).extracting(BundleExercise::name).containsExactly("First", "Second");
    assertThatThrownBy(() -> v.families().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readinessCriteriaTakeOnlyTheIncludedFamiliesWithTheirMinimums() {
    // Included: DATA_ANALYSIS 0.60 (minimum 550) and COMMUNICATION 0.20 → shares 0.75 and 0.25;
    // the excluded PYTHON_FUNDAMENTALS (weight 0.90, minimum 700) takes no part.
    BundleVersion v =
        save(
            bundle("Criteria"),
            640,
            List.of(
                new BundleFamily("DATA_ANALYSIS", true, new BigDecimal("0.60"), 550),
                new BundleFamily("PYTHON_FUNDAMENTALS", false, new BigDecimal("0.90"), 700),
                new BundleFamily("COMMUNICATION", true, new BigDecimal("0.20"), null)));

    var criteria = v.readinessCriteria();

    assertThat(criteria.weights().families()).containsExactly("DATA_ANALYSIS", "COMMUNICATION");
    assertThat(criteria.weights().normalisedWeight("DATA_ANALYSIS"))
        .isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(criteria.threshold()).isEqualTo(640.0);
    assertThat(criteria.minimums()).containsExactly(java.util.Map.entry("DATA_ANALYSIS", 550));
  }
}
