package io.skillspassport.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.ItemKind;
import io.skillspassport.assessments.entity.ParameterStatus;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.testing.Database;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped content, installed through the real repositories into a migrated H2 and PostgreSQL:
 * every section of the ML Research Scientist guide comes back, every item of the sample banks comes
 * back with its key and parameters, installing again changes nothing, and a new content version of
 * a bank adds rows and retires the old ones instead of overwriting them.
 */
class ShippedContentPersistenceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

  private static ShippedContent.Report install(EntityManager em) {
    return install(em, ShippedContentPersistenceTest.class.getClassLoader());
  }

  private static ShippedContent.Report install(EntityManager em, ClassLoader resources) {
    return new ShippedContent(
            new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
            new ShippedRoles(new RoleStore(em)),
            CLOCK,
            resources)
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
      // Seed fidelity, sentences quoted from the guide (shared/seeds/…-role-guide.txt): the
      // day-to-day section's own introduction opens that section, not the overview nor activity 1;
      // the two sentences that once went missing are back where the guide has them.
      assertThat(s.overview()).doesNotContain("An ML Research Scientist designs");
      assertThat(s.activitiesIntro())
          .startsWith("An ML Research Scientist designs, runs, and writes up experiments")
          .endsWith("Day-to-day work breaks roughly into five recurring activities.");
      assertThat(s.activities().get(0).description())
          .startsWith("The first is research-question framing and experimental design");
      assertThat(s.compensationOverview()).endsWith("\n\nThree reference points worth noting:");
      assertThat(s.careerOutro())
          .isEqualTo(
              "For an extended treatment of how career ladders are designed, see career-ladder"
                  + " design.");
      assertThat(s.readinessOutro())
          .contains("[tests catalog](/assessments)")
          .contains("[scoring methodology](/methodology)")
          .contains("[what is the skills passport](/passport-explained)");
      assertThat(s.supplementalExercises())
          .allSatisfy(
              x -> assertThat(x.description()).endsWith("the description is the portal’s.)"));
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
      assertThat(first.itemBanks())
          .containsExactly(
              new ShippedBanks.BankReport("PYTHON_FUNDAMENTALS", 2, 64, 0, 0),
              new ShippedBanks.BankReport("COMMUNICATION", 2, 64, 0, 0),
              new ShippedBanks.BankReport("COGNITIVE_REASONING", 1, 65, 0, 0),
              new ShippedBanks.BankReport("AI_OUTPUT_EVALUATION", 2, 64, 0, 0),
              new ShippedBanks.BankReport("DATA_ANALYSIS", 1, 68, 0, 0),
              new ShippedBanks.BankReport("AI_COLLABORATION_LITERACY", 2, 64, 0, 0));
      assertThat(second.installed()).isEmpty();
      assertThat(second.keptAsTheyWere()).hasSize(7);
      assertThat(second.itemBanks())
          .containsExactly(
              new ShippedBanks.BankReport("PYTHON_FUNDAMENTALS", 2, 0, 64, 0),
              new ShippedBanks.BankReport("COMMUNICATION", 2, 0, 64, 0),
              new ShippedBanks.BankReport("COGNITIVE_REASONING", 1, 0, 65, 0),
              new ShippedBanks.BankReport("AI_OUTPUT_EVALUATION", 2, 0, 64, 0),
              new ShippedBanks.BankReport("DATA_ANALYSIS", 1, 0, 68, 0),
              new ShippedBanks.BankReport("AI_COLLABORATION_LITERACY", 2, 0, 64, 0));
      assertThat(
              db.<Long>inTransaction(
                  em ->
                      em.createQuery("select count(i) from AssessmentItem i", Long.class)
                          .getSingleResult()))
          .isEqualTo(389L);
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

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void storesEveryItemWithItsKeyAndParameters(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(ShippedContentPersistenceTest::install);

      List<AssessmentItem> python =
          db.inTransaction(em -> new ItemStore(em).activeBank("PYTHON_FUNDAMENTALS"));
      List<AssessmentItem> communication =
          db.inTransaction(em -> new ItemStore(em).activeBank("COMMUNICATION"));

      // Bank file v2: 60 operational + 4 pretest items.
      assertThat(python).hasSize(64);
      assertThat(python.stream().filter(AssessmentItem::isPretest)).hasSize(4);
      assertThat(communication).hasSize(64);
      AssessmentItem py01 = python.get(0);
      assertThat(py01.code()).isEqualTo("PY-001");
      assertThat(py01.kind()).isEqualTo(ItemKind.TWO_PL);
      assertThat(py01.options())
          .containsExactly("bool([])", "bool(0.0)", "bool([0])", "bool(\"\")");
      assertThat(py01.codeSnippet()).isNull();
      // From the file: difficulty 1, so a = 1.0, b = 1 - 3.5, c = 1/4 options (provisional rule).
      assertThat(py01.scoringItem()).isEqualTo(ThreePlItem.of("PY-001", 1.0, -2.5, 0.25));
      assertThat(py01.subskill()).isEqualTo("data-model");
      assertThat(py01.details().difficultyRating()).hasValue(1);
      assertThat(py01.parameterStatus()).isEqualTo(ParameterStatus.PROVISIONAL);
      assertThat(py01.scoredResponse(2)).isEqualTo(1);
      assertThat(py01.scoredResponse(0)).isZero();
      assertThat(python.get(1).codeSnippet()).isEqualTo("s = \"hello\"\ns.upper()\nprint(s)");
      AssessmentItem com01 = communication.get(0);
      assertThat(com01.code()).isEqualTo("COM-01");
      assertThat(com01.kind()).isEqualTo(ItemKind.GRADED_RESPONSE);
      assertThat(com01.stem()).isEqualTo("Which reply best serves the VP?");
      assertThat(com01.scenario()).startsWith("You ran an experiment");
      assertThat(com01.options()).hasSize(4);
      assertThat(com01.options().get(1)).contains("0.4\u20133.2");
      assertThat(com01.scoringItem())
          .isEqualTo(GradedResponseItem.of("COM-01", 1.4, -1.7, -0.6, 0.5));
      assertThat(List.of(0, 1, 2, 3).stream().map(com01::scoredResponse))
          .containsExactly(2, 4, 3, 1);
      assertThat(python).noneMatch(AssessmentItem::isRetired);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aNewContentVersionAddsItemsAndRetiresTheOldOnesWithoutOverwritingThem(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(ShippedContentPersistenceTest::install);
      ClassLoader version2 =
          withReplacedResource(
              "content/items/python-fundamentals.json",
              text ->
                  text.replace("\"contentVersion\": 2", "\"contentVersion\": 3")
                      .replace(
                          "Which of the following expressions evaluates to True?",
                          "Which expression is truthy?"));

      var report = db.inTransaction(em -> install(em, version2));
      var again = db.inTransaction(em -> install(em, version2));

      assertThat(report.itemBanks().get(0))
          .isEqualTo(new ShippedBanks.BankReport("PYTHON_FUNDAMENTALS", 3, 64, 0, 64));
      assertThat(again.itemBanks().get(0))
          .isEqualTo(new ShippedBanks.BankReport("PYTHON_FUNDAMENTALS", 3, 0, 64, 0));
      List<AssessmentItem> all =
          db.inTransaction(em -> new ItemStore(em).allVersions("PYTHON_FUNDAMENTALS"));
      assertThat(all).hasSize(128);
      assertThat(all.get(0).contentVersion()).isEqualTo(2);
      assertThat(all.get(0).isRetired()).isTrue();
      assertThat(all.get(0).stem())
          .isEqualTo("Which of the following expressions evaluates to True?");
      List<AssessmentItem> active =
          db.inTransaction(em -> new ItemStore(em).activeBank("PYTHON_FUNDAMENTALS"));
      assertThat(active).hasSize(64).allMatch(i -> i.contentVersion() == 3);
      assertThat(active.get(0).stem()).isEqualTo("Which expression is truthy?");
      assertThat(
              db.<List<AssessmentItem>>inTransaction(
                  em -> new ItemStore(em).activeBank("COMMUNICATION")))
          .hasSize(64);

      var olderShippedAgain = db.inTransaction(ShippedContentPersistenceTest::install);
      assertThat(olderShippedAgain.itemBanks().get(0))
          .isEqualTo(new ShippedBanks.BankReport("PYTHON_FUNDAMENTALS", 2, 0, 64, 0));
      assertThat(
              db.<List<AssessmentItem>>inTransaction(
                  em -> new ItemStore(em).activeBank("PYTHON_FUNDAMENTALS")))
          .allMatch(i -> i.contentVersion() == 3);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void readsTheNewBankFieldsAndMakesMultipleChoiceWithGuessingThreePl(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      ClassLoader withFixture =
          withReplacedResource(
              "content/manifest.json",
              text ->
                  text.replace(
                          "\"content/items/cognitive-reasoning.json\"",
                          "\"content-test/cognitive-reasoning-fixture.json\"")
                      // and a family without a bank file, to show it stays unavailable
                      .replace("\"content/items/data-analysis.json\",", ""));

      var report = db.inTransaction(em -> install(em, withFixture));

      assertThat(report.itemBanks().get(2))
          .isEqualTo(new ShippedBanks.BankReport("COGNITIVE_REASONING", 1, 9, 0, 0));
      List<AssessmentItem> bank =
          db.inTransaction(em -> new ItemStore(em).activeBank("COGNITIVE_REASONING"));
      AssessmentItem first = bank.get(0);
      // From the fixture file: a = 1.0, b = 1 - 3.5, c = 0.25, key at position 1.
      assertThat(first.scoringItem()).isEqualTo(ThreePlItem.of("CR-T01", 1.0, -2.5, 0.25));
      assertThat(first.subskill()).isEqualTo("verbal-logical");
      assertThat(first.material()).contains("| step | value |\n| 1 | 2 |");
      assertThat(first.parameterStatus()).isEqualTo(ParameterStatus.PROVISIONAL);
      assertThat(first.details().distractorRationales())
          .containsExactly(
              "fixture misconception 0",
              null,
              "fixture misconception 2",
              "fixture misconception 3");
      assertThat(first.details().difficultyRating()).hasValue(1);
      assertThat(first.isPretest()).isFalse();
      assertThat(bank.get(8).isPretest()).isTrue();
      assertThat(bank.get(1).material()).isEmpty();
      assertThat(
              db
                  .<List<BankSubskill>>inTransaction(
                      em -> new ItemStore(em).subskills("COGNITIVE_REASONING", 1))
                  .stream()
                  .map(s -> s.code() + "=" + s.share()))
          .containsExactly("abstract=0.33", "quantitative=0.34", "verbal-logical=0.33");
      // families.json ships it unavailable; 8 operational items make it deliverable.
      assertThat(
              db.<Boolean>inTransaction(
                  em ->
                      new FamilyStore(em)
                          .byCode("COGNITIVE_REASONING")
                          .orElseThrow()
                          .sampleAvailable()))
          .isTrue();
      assertThat(
              db.<Boolean>inTransaction(
                  em ->
                      new FamilyStore(em).byCode("DATA_ANALYSIS").orElseThrow().sampleAvailable()))
          .isFalse();
    }
  }

  /**
   * A database that got the seed role before its text was corrected (here: the shipped document
   * without the career ladder's closing sentence and with an older preset description) gets the
   * corrected text as version 2 on the next start, published by the loader; version 1 stays as it
   * was, and a further start changes nothing.
   */
  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aCorrectedSeedReachesADatabaseWhoseRoleNoAdminEdited(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      ClassLoader before =
          withReplacedResource(
              "content/roles/ml-research-scientist.json",
              text ->
                  text.replace(
                          "For an extended treatment of how career ladders are designed, see"
                              + " career-ladder design.",
                          "")
                      .replace("The portal’s weights for theoretical-research roles.", "Older."));
      db.run(em -> install(em, before));

      var report = db.inTransaction(ShippedContentPersistenceTest::install);
      var again = db.inTransaction(ShippedContentPersistenceTest::install);

      assertThat(report.installed())
          .containsExactly("role ml-research-scientist (new shipped version)");
      assertThat(again.installed()).isEmpty();
      List<RoleVersion> versions =
          db.inTransaction(
              em ->
                  List.copyOf(
                      new RoleStore(em).bySlug("ml-research-scientist").orElseThrow().versions()));
      assertThat(versions).extracting(RoleVersion::number).containsExactlyInAnyOrder(1, 2);
      RoleVersion first = versions.stream().filter(v -> v.number() == 1).findFirst().orElseThrow();
      RoleVersion latest = versions.stream().filter(v -> v.number() == 2).findFirst().orElseThrow();
      assertThat(latest.isPublished()).isTrue();
      assertThat(latest.publishedBy()).contains(ShippedContent.LOADER);
      assertThat(latest.sections().careerOutro()).startsWith("For an extended treatment");
      assertThat(latest.presets())
          .anySatisfy(p -> assertThat(p.description()).startsWith("The portal’s weights"));
      assertThat(first.sections().careerOutro()).isEmpty();
    }
  }

  /** The test class path, except that {@code name} reads as {@code edit} of its real text. */
  private static ClassLoader withReplacedResource(
      String name, java.util.function.UnaryOperator<String> edit) {
    ClassLoader real = ShippedContentPersistenceTest.class.getClassLoader();
    return new ClassLoader(real) {
      @Override
      public InputStream getResourceAsStream(String resource) {
        if (!resource.equals(name)) {
          return real.getResourceAsStream(resource);
        }
        try (InputStream in = real.getResourceAsStream(resource)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          return new ByteArrayInputStream(edit.apply(text).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
