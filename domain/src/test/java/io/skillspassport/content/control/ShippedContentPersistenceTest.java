package io.skillspassport.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.testing.Database;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped content, installed through the real repositories into a migrated H2 and PostgreSQL:
 * every section of the ML Research Scientist guide comes back, and installing again changes
 * nothing.
 */
class ShippedContentPersistenceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

  private static ShippedContent.Report install(EntityManager em) {
    return new ShippedContent(
            new FamilyStore(em),
            new RoleStore(em),
            CLOCK,
            ShippedContentPersistenceTest.class.getClassLoader())
        .install();
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void storesAndLoadsTheSeedRoleWithEverySection(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(ShippedContentPersistenceTest::install);

      RoleVersion v =
          db.inTransaction(
                  em ->
                      new RoleStore(em)
                          .bySlug("ml-research-scientist")
                          .orElseThrow()
                          .latestPublished())
              .orElseThrow();
      var s = v.sections();

      assertThat(v.title()).isEqualTo("ML Research Scientist");
      assertThat(v.number()).isEqualTo(1);
      assertThat(v.isPublished()).isTrue();
      assertThat(s.compensation().min()).isEqualTo(165_000);
      assertThat(s.compensation().median()).isEqualTo(295_000);
      assertThat(s.compensation().max()).isEqualTo(800_000);
      assertThat(s.compensation().currency()).isEqualTo("USD");
      assertThat(s.compensation().dataNotice()).contains("Verify compensation");
      assertThat(s.overview()).contains("foundation-model breakthrough cycle");
      assertThat(s.activities()).hasSize(5);
      assertThat(s.activities().get(0).title()).contains("framing");
      assertThat(s.adjacentRoles()).hasSize(5);
      assertThat(s.adjacentRoles().get(0).slug()).isEqualTo("ml-engineer");
      assertThat(s.skills()).hasSize(6);
      assertThat(s.skills().get(0).family()).isEqualTo("COGNITIVE_REASONING");
      assertThat(s.extraSkills())
          .extracting(x -> x.title())
          .containsExactly("Research-direction taste");
      assertThat(s.compensationReferences()).hasSize(3);
      assertThat(s.assessmentFraming()).contains("paper-reading");
      assertThat(s.supplementalExercises()).hasSize(3);
      assertThat(s.careerLadder()).hasSize(6);
      assertThat(s.careerLadder().get(5).title()).isEqualTo("Manager, Director, or VP of Research");
      assertThat(s.pitfalls()).hasSize(4);
      assertThat(s.takeaway()).contains("Python Fundamentals sample");
      assertThat(s.sources()).hasSize(8);
      assertThat(v.weights())
          .extracting(RoleWeight::familyCode, w -> w.relevance().toPlainString())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("COGNITIVE_REASONING", "0.75"),
              org.assertj.core.groups.Tuple.tuple("AI_OUTPUT_EVALUATION", "0.65"),
              org.assertj.core.groups.Tuple.tuple("DATA_ANALYSIS", "0.65"),
              org.assertj.core.groups.Tuple.tuple("PYTHON_FUNDAMENTALS", "0.60"),
              org.assertj.core.groups.Tuple.tuple("AI_COLLABORATION_LITERACY", "0.55"),
              org.assertj.core.groups.Tuple.tuple("COMMUNICATION", "0.55"));
      assertThat(v.weights()).allSatisfy(w -> assertThat(w.rationale()).isNotBlank());
      assertThat(v.presets())
          .extracting(p -> p.key())
          .containsExactly("theoretical-research", "applied-research");
      assertThat(v.presets().get(0).weights().get("COGNITIVE_REASONING"))
          .isGreaterThan(new BigDecimal("0.75"));
      assertThat(db.<List<AssessmentFamily>>inTransaction(em -> new FamilyStore(em).all()))
          .extracting(f -> f.code())
          .containsExactly(
              "COGNITIVE_REASONING",
              "AI_OUTPUT_EVALUATION",
              "DATA_ANALYSIS",
              "PYTHON_FUNDAMENTALS",
              "AI_COLLABORATION_LITERACY",
              "COMMUNICATION");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void installingTwiceDuplicatesNothing(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      var first = db.inTransaction(ShippedContentPersistenceTest::install);
      var second = db.inTransaction(ShippedContentPersistenceTest::install);

      assertThat(first.installed()).hasSize(7);
      assertThat(second.installed()).isEmpty();
      assertThat(second.keptAsTheyWere()).hasSize(7);
      assertThat(db.<List<Role>>inTransaction(em -> new RoleStore(em).all())).hasSize(1);
      assertThat(db.<List<AssessmentFamily>>inTransaction(em -> new FamilyStore(em).all()))
          .hasSize(6);
      assertThat(
              db.<Long>inTransaction(
                  em ->
                      em.createQuery("select count(v) from RoleVersion v", Long.class)
                          .getSingleResult()))
          .isEqualTo(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void neverOverwritesContentAnAdminPublishedLater(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(ShippedContentPersistenceTest::install);
      db.run(
          em -> {
            Role role = new RoleStore(em).bySlug("ml-research-scientist").orElseThrow();
            RoleVersion draft = role.draft("ada.admin", CLOCK.instant());
            var weights = new java.util.ArrayList<>(draft.weights());
            weights.set(
                0,
                new RoleWeight("COGNITIVE_REASONING", new BigDecimal("0.90"), "Raised by admin"));
            draft.replaceWeights(List.copyOf(weights));
            draft.publish("ada.admin", CLOCK.instant());
          });

      db.run(ShippedContentPersistenceTest::install);

      RoleVersion latest =
          db.inTransaction(
                  em ->
                      new RoleStore(em)
                          .bySlug("ml-research-scientist")
                          .orElseThrow()
                          .latestPublished())
              .orElseThrow();
      assertThat(latest.number()).isEqualTo(2);
      assertThat(latest.relevanceOf("COGNITIVE_REASONING")).contains(new BigDecimal("0.90"));
      assertThat(latest.publishedBy()).contains("ada.admin");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aPublishedVersionLoadedFromTheDatabaseRefusesChanges(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(ShippedContentPersistenceTest::install);

      db.run(
          em -> {
            RoleVersion v =
                new RoleStore(em)
                    .bySlug("ml-research-scientist")
                    .orElseThrow()
                    .latestPublished()
                    .orElseThrow();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.replaceWeights(List.of()))
                .isInstanceOf(IllegalStateException.class);
          });
      assertThat(
              db.<List<RoleWeight>>inTransaction(
                  em ->
                      new RoleStore(em)
                          .bySlug("ml-research-scientist")
                          .orElseThrow()
                          .latestPublished()
                          .orElseThrow()
                          .weights()))
          .hasSize(6);
    }
  }
}
