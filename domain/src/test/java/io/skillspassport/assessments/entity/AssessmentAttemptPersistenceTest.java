package io.skillspassport.assessments.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An attempt at the installed Python bank in a migrated H2 and PostgreSQL: answers are one row per
 * item however often they change, the attempt resumes where it was left, and submitting links the
 * passport result and freezes the answers.
 */
class AssessmentAttemptPersistenceTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void keepsOneAnswerPerItemAndLinksTheResultOnSubmission(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(
          em ->
              new ShippedContent(
                      new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
                      new ShippedRoles(new RoleStore(em)),
                      Clock.fixed(NOW, ZoneOffset.UTC),
                      getClass().getClassLoader())
                  .install());
      long id =
          db.inTransaction(
              em -> {
                var bank = new ItemStore(em).activeBank("PYTHON_FUNDAMENTALS");
                return new AttemptStore(em)
                    .add(new AssessmentAttempt("dev.candidate", bank, NOW))
                    .id();
              });
      db.run(
          em -> {
            AssessmentAttempt a = new AttemptStore(em).byId(id).orElseThrow();
            ItemStore items = new ItemStore(em);
            a.answer(1, items.byId(a.itemIdAt(1)).orElseThrow(), 0, NOW);
            a.answer(2, items.byId(a.itemIdAt(2)).orElseThrow(), 3, NOW);
          });
      db.run(
          em -> {
            AssessmentAttempt a = new AttemptStore(em).byId(id).orElseThrow();
            a.answer(1, new ItemStore(em).byId(a.itemIdAt(1)).orElseThrow(), 2, NOW);
          });

      db.run(
          em -> {
            AssessmentAttempt a = new AttemptStore(em).byId(id).orElseThrow();
            // An attempt made from the whole active bank: 60 operational + 4 pretest items.
            assertThat(a.itemCount()).isEqualTo(64);
            assertThat(a.answers()).hasSize(2);
            assertThat(a.answerTo(a.itemIdAt(1)).orElseThrow().response()).isEqualTo(2);
            assertThat(a.position()).isEqualTo(2);
            assertThat(new AttemptStore(em).inProgress("dev.candidate", "PYTHON_FUNDAMENTALS"))
                .contains(a);
            FamilyResult result =
                new ResultStore(em)
                    .add(
                        new FamilyResult(
                            "dev.candidate",
                            "PYTHON_FUNDAMENTALS",
                            0.1,
                            0.5,
                            583,
                            37.5,
                            509,
                            657,
                            Provenance.SAMPLE,
                            NOW,
                            NOW.plusSeconds(3600),
                            "test"));
            em.flush(); // as the passports component does before handing out the id
            a.submit(NOW, result.id());
          });

      db.run(
          em -> {
            AssessmentAttempt a = new AttemptStore(em).byId(id).orElseThrow();
            assertThat(a.status()).isEqualTo(AttemptStatus.SUBMITTED);
            assertThat(
                    new ResultStore(em)
                        .byId(a.resultId().orElseThrow())
                        .orElseThrow()
                        .scaledScore())
                .isEqualTo(583);
            assertThat(new AttemptStore(em).lastSubmitted("dev.candidate", "PYTHON_FUNDAMENTALS"))
                .contains(a);
            assertThatThrownBy(
                    () -> a.answer(3, new ItemStore(em).byId(a.itemIdAt(3)).orElseThrow(), 0, NOW))
                .isInstanceOf(IllegalStateException.class);
          });
    }
  }
}
