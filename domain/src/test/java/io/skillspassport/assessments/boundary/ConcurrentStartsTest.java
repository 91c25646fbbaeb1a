package io.skillspassport.assessments.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.passports.boundary.AssessedResults;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.Parallel;
import io.skillspassport.testing.RecordingEvent;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight starts of the same sample at once, each in its own transaction on its own connection, as
 * eight tabs or a double click would send them, against H2 and the throwaway PostgreSQL. The
 * database allows one attempt in progress per candidate and family; the calls that lose the race
 * get a clear {@link Conflict}, never a database error, and the next start resumes the one attempt
 * that exists. Without the constraint this left several attempts in progress.
 */
class ConcurrentStartsTest {

  private static final String PYTHON = "PYTHON_FUNDAMENTALS";
  private static final int STARTS = 8;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void parallelStartsLeaveExactlyOneAttemptInProgress(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      FixedCaller cara = FixedCaller.candidate("cara");

      List<Parallel.Outcome<SampleProgress>> outcomes =
          Parallel.run(STARTS, () -> db.inTransaction(em -> samples(em, cara).start(PYTHON)));

      List<Long> inProgress =
          db.inTransaction(
              em ->
                  new AttemptStore(em)
                      .ofCandidate("cara", PYTHON).stream()
                          .filter(AssessmentAttempt::isInProgress)
                          .map(AssessmentAttempt::id)
                          .toList());
      assertThat(inProgress).hasSize(1);
      Set<Long> returned =
          outcomes.stream()
              .filter(Parallel.Outcome::succeeded)
              .map(o -> o.value().attemptId())
              .collect(Collectors.toSet());
      assertThat(returned).containsExactlyElementsOf(inProgress);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Parallel.Outcome::failure))
          .allSatisfy(
              f ->
                  assertThat(f)
                      .isExactlyInstanceOf(Conflict.class)
                      .hasMessageContaining("Python Fundamentals")
                      .hasMessageContaining("another window"));
      long resumed = db.inTransaction(em -> samples(em, cara).start(PYTHON).attemptId());
      assertThat(resumed).isEqualTo(inProgress.get(0));
    }
  }

  private static void install(Database db) {
    db.run(
        em ->
            new ShippedContent(
                    new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
                    new ShippedRoles(new RoleStore(em)),
                    Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC),
                    ConcurrentStartsTest.class.getClassLoader())
                .install());
  }

  private static SampleAssessments samples(EntityManager em, FixedCaller caller) {
    SampleAssessments samples = new SampleAssessments();
    samples.clock = Clock.systemUTC();
    samples.caller = caller;
    samples.guard = new Guard(caller);
    samples.families = new FamilyStore(em);
    samples.items = new ItemStore(em);
    samples.attempts = new AttemptStore(em);
    samples.results = new AssessedResults(new ResultStore(em), caller, samples.clock);
    samples.served = new RecordingEvent<>();
    return samples;
  }
}
