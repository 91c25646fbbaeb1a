package io.skillspassport.exercises.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.bundles.entity.BundleExercise;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.exercises.entity.ExerciseRating;
import io.skillspassport.exercises.entity.NotesRelease;
import io.skillspassport.exercises.entity.Rubric;
import io.skillspassport.exercises.entity.RubricCriterion;
import io.skillspassport.exercises.entity.RubricVersion;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.testing.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rubrics and ratings through the V7 migration on H2 and a throwaway PostgreSQL: the shipped
 * rubrics install once with five anchors per criterion, versions stack, and a revised rating keeps
 * its history while only the newest revision is current.
 */
class ExercisePersistenceTest {

  static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void shippedRubricsInstallOnceForTheGuidesThreeExercises(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      List<String> first = db.inTransaction(em -> shipped(new RubricStore(em)).install());
      List<String> second = db.inTransaction(em -> shipped(new RubricStore(em)).install());

      assertThat(first).containsExactly("PAPER_READING", "RESEARCH_DESIGN", "PROJECT_DEEP_DIVE");
      assertThat(second).isEmpty();
      db.run(
          em -> {
            List<Rubric> rubrics = new RubricStore(em).portalRubrics();
            assertThat(rubrics).hasSize(3);
            for (Rubric r : rubrics) {
              RubricVersion v = r.latest().orElseThrow();
              assertThat(v.number()).isEqualTo(1);
              assertThat(v.description()).contains("Skills Passport's rubric");
              assertThat(v.criteria()).isNotEmpty();
              assertThat(v.criteria())
                  .allSatisfy(c -> assertThat(c.levels()).hasSize(RubricCriterion.LEVELS));
            }
            assertThat(
                    new RubricStore(em)
                        .find("RESEARCH_DESIGN", Rubric.PORTAL)
                        .orElseThrow()
                        .latest()
                        .orElseThrow()
                        .criteria())
                .extracting(RubricCriterion::code)
                .containsExactly(
                    "hypothesis", "baselines", "confounders", "diagnostics", "interpretation");
          });
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aBundleAdaptationIsPreferredAndVersionsStack(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      long bundleId = db.inTransaction(em -> new BundleStore(em).add(bundle()).id());
      db.run(em -> shipped(new RubricStore(em)).install());
      db.run(
          em -> {
            RubricStore store = new RubricStore(em);
            RubricVersion portal =
                store.effective("RESEARCH_DESIGN", bundleId).orElseThrow().latest().orElseThrow();
            Rubric own = store.add(Rubric.ofBundle("RESEARCH_DESIGN", bundleId, "acme"));
            own.saveVersion(0, "Ours", "", portal.criteria().subList(0, 2), "adapted", "erin", NOW);
            own.saveVersion(1, "Ours, v2", "", portal.criteria(), "edited", "erin", NOW);
          });
      db.run(
          em -> {
            Rubric effective =
                new RubricStore(em).effective("RESEARCH_DESIGN", bundleId).orElseThrow();
            assertThat(effective.scope()).isEqualTo("bundle:" + bundleId);
            assertThat(effective.versions())
                .extracting(RubricVersion::number)
                .containsExactly(1, 2);
            assertThat(effective.latest().orElseThrow().criteria()).hasSize(5);
            assertThat(effective.versions().get(0).criteria()).hasSize(2);
            assertThatThrownBy(
                    () -> effective.saveVersion(1, "stale", "", List.of(), "x", "erin", NOW))
                .isInstanceOf(IllegalStateException.class);
          });
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aRevisedRatingKeepsItsHistoryAndOnlyTheNewestIsCurrent(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      long bundleId = db.inTransaction(em -> new BundleStore(em).add(bundle()).id());
      db.run(em -> shipped(new RubricStore(em)).install());
      ExerciseRating.Context erin =
          new ExerciseRating.Context("acme", bundleId, "RESEARCH_DESIGN", "cara", "erin", "Erin");
      db.run(
          em -> {
            RubricVersion v =
                new RubricStore(em)
                    .find("RESEARCH_DESIGN", Rubric.PORTAL)
                    .orElseThrow()
                    .latest()
                    .orElseThrow();
            new RatingStore(em).add(new ExerciseRating(erin, v, "hypothesis", 3, "ok", 1, NOW));
          });
      db.run(
          em -> {
            RatingStore store = new RatingStore(em);
            ExerciseRating before =
                store.history(bundleId, "RESEARCH_DESIGN", "cara", "erin").get(0);
            before.supersede();
            store.add(
                new ExerciseRating(
                    erin,
                    before.rubricVersion(),
                    "hypothesis",
                    4,
                    "better on reflection",
                    2,
                    NOW.plusSeconds(60)));
          });
      db.run(
          em -> {
            RatingStore store = new RatingStore(em);
            assertThat(store.current(bundleId, "RESEARCH_DESIGN"))
                .extracting(ExerciseRating::level)
                .containsExactly(4);
            assertThat(store.history(bundleId, "RESEARCH_DESIGN", "cara", "erin"))
                .extracting(ExerciseRating::revision, ExerciseRating::isCurrent)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2, true),
                    org.assertj.core.groups.Tuple.tuple(1, false));
            assertThat(store.currentOfCandidate("cara")).hasSize(1);
          });
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aNotesReleaseIsFoundForItsExerciseAndCandidateOnlyAndHappensOnce(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      long bundleId = db.inTransaction(em -> new BundleStore(em).add(bundle()).id());
      db.run(
          em ->
              assertThat(new RatingStore(em).isReleased(bundleId, "RESEARCH_DESIGN", "cara"))
                  .isFalse());
      db.run(
          em ->
              new RatingStore(em)
                  .addRelease(
                      new NotesRelease("acme", bundleId, "RESEARCH_DESIGN", "cara", "erin", NOW)));
      db.run(
          em -> {
            RatingStore store = new RatingStore(em);
            assertThat(store.isReleased(bundleId, "RESEARCH_DESIGN", "cara")).isTrue();
            assertThat(store.isReleased(bundleId, "RESEARCH_DESIGN", "dev")).isFalse();
            assertThat(store.isReleased(bundleId, "PAPER_READING", "cara")).isFalse();
            assertThat(store.releasesTo("cara"))
                .extracting(NotesRelease::releasedBy, NotesRelease::releasedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("erin", NOW));
            assertThat(store.releases(bundleId)).hasSize(1);
            assertThat(store.releasesTo("dev")).isEmpty();
          });
      // The schema allows one release per bundle, exercise and candidate.
      assertThatThrownBy(
              () ->
                  db.run(
                      em ->
                          new RatingStore(em)
                              .addRelease(
                                  new NotesRelease(
                                      "acme", bundleId, "RESEARCH_DESIGN", "cara", "nina", NOW))))
          .isInstanceOf(RuntimeException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void theEntityAndTheSchemaRefuseALevelOutsideOneToFive(Database.Kind kind) {
    assertThatThrownBy(
            () ->
                new ExerciseRating(
                    new ExerciseRating.Context("acme", 1, "RESEARCH_DESIGN", "c", "r", "R"),
                    Rubric.portal("K")
                        .saveVersion(
                            0,
                            "t",
                            "",
                            List.of(
                                new RubricCriterion(
                                    "a", "A", "", List.of("1", "2", "3", "4", "5"))),
                            "x",
                            "y",
                            NOW),
                    "a",
                    6,
                    "",
                    1,
                    NOW))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("Level 6");
    try (Database db = Database.fresh(kind)) {
      long bundleId = db.inTransaction(em -> new BundleStore(em).add(bundle()).id());
      db.run(em -> shipped(new RubricStore(em)).install());
      assertThatThrownBy(
              () ->
                  db.run(
                      em -> {
                        long version =
                            new RubricStore(em)
                                .find("RESEARCH_DESIGN", Rubric.PORTAL)
                                .orElseThrow()
                                .latest()
                                .orElseThrow()
                                .id();
                        em.createNativeQuery(
                                "insert into exercise_rating (id, organisation, bundle_id,"
                                    + " exercise_kind, candidate, rater, rater_name,"
                                    + " rubric_version_id, criterion, rating_level, note,"
                                    + " revision, current_rating, rated_at, version) values"
                                    + " (1, 'acme', ?, 'RESEARCH_DESIGN', 'c', 'r', 'R', ?,"
                                    + " 'hypothesis', 7, '', 1, true, ?, 0)")
                            .setParameter(1, bundleId)
                            .setParameter(2, version)
                            .setParameter(3, java.sql.Timestamp.from(NOW))
                            .executeUpdate();
                      }))
          .satisfies(
              e -> {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                assertThat(trace.toString().toLowerCase(java.util.Locale.ROOT))
                    .contains("exercise_rating_level_range");
              });
    }
  }

  static ShippedRubrics shipped(RubricStore store) {
    return new ShippedRubrics(
        store, Clock.systemUTC(), ExercisePersistenceTest.class.getClassLoader());
  }

  static Bundle bundle() {
    Bundle bundle = new Bundle("acme", "Research", "ml-research-scientist", "erin", NOW);
    bundle.saveVersion(
        1,
        680,
        List.of(new BundleFamily("DATA_ANALYSIS", true, new BigDecimal("0.65"), null)),
        List.of(new BundleExercise("RESEARCH_DESIGN", "Research design", "Shared experiment")),
        "erin",
        "Erin Walsh",
        NOW);
    return bundle;
  }
}
