package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.assessments.boundary.Measurement;
import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleItem;
import io.skillspassport.assessments.boundary.SampleOverview;
import io.skillspassport.assessments.boundary.SampleProgress;
import io.skillspassport.assessments.boundary.SampleResult;
import io.skillspassport.assessments.boundary.SampleStatus;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.web.testing.IndependentScorer;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: candidates take the adaptive Python Fundamentals (2PL) and Communication
 * (graded response) assessments through {@link SampleAssessments} against the banks installed at
 * start-up, answering by seeded strategies. Expected scores come from {@link IndependentScorer}
 * (the shipped bank files read directly, its own EAP), never from the portal's scoring. Each test
 * signs in its own candidate, so no test sees another's attempts.
 */
@ExtendWith(ArquillianExtension.class)
class SampleAssessmentsIT {

  private static final String PYTHON = "PYTHON_FUNDAMENTALS";

  @Deployment
  static WebArchive deployment() {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path))
        .addClass(SampleAssessmentsIT.class)
        .addClass(TestCaller.class)
        .addClasses(
            IndependentScorer.class,
            IndependentScorer.Item.class,
            IndependentScorer.Response.class);
  }

  @Inject SampleAssessments samples;

  @Inject TestCaller testCaller;

  @Inject ResultStore results;

  @Inject MetricRegistry metrics;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Test
  void aSeededCandidateCompletesPythonAndGetsTheIndependentlyComputedScore() {
    String candidate = signIn("python");
    IndependentScorer scorer = IndependentScorer.ofBank("python-fundamentals");
    List<IndependentScorer.Response> given = take(PYTHON, scorer, new SplittableRandom(11), 0.6);

    long attempt =
        samples.overview().stream()
            .filter(o -> o.familyCode().equals(PYTHON))
            .findFirst()
            .orElseThrow()
            .attemptId()
            .orElseThrow();
    SampleResult result = samples.result(attempt);
    double[] eap = scorer.eap(given);
    // The bank has pretest items: each attempt serves exactly one, unscored.
    long pretest = given.stream().filter(r -> scorer.isPretest(r.code())).count();
    int scored = given.size() - (int) pretest;

    assertEquals(1, pretest);
    assertEquals(IndependentScorer.reported(eap[0]), result.reported());
    assertEquals(eap[0], result.theta(), 1e-3);
    assertEquals(eap[1], result.thetaSe(), 1e-3);
    assertEquals(scored, result.itemsAdministered());
    assertTrue(result.provisional());
    FamilyResult stored = results.history(candidate).get(0);
    assertEquals(Provenance.SAMPLE, stored.provenance());
    Measurement m = stored.measurement().orElseThrow();
    assertEquals(2, m.bankVersion());
    assertEquals("PROVISIONAL", m.parameterStatus());
    assertEquals(scored, m.itemsAdministered());
    assertEquals(0, m.unreachedItems());
  }

  @Test
  void gradedResponseItemsShowNoCategoriesAndScoreAsTheIndependentScorerSays() {
    signIn("communication");
    IndependentScorer scorer = IndependentScorer.ofBank("communication");
    long servedBefore = itemsServed("COMMUNICATION");
    long attempt = samples.start("COMMUNICATION").attemptId();
    SampleItem first = samples.item(attempt, 1);
    assertEquals("GRADED_RESPONSE", first.kind());
    assertFalse(first.scenario().isBlank());
    assertEquals(4, first.options().size());

    List<IndependentScorer.Response> given =
        take("COMMUNICATION", scorer, new SplittableRandom(12), 0.5);
    SampleResult result = samples.result(attempt);
    double[] eap = scorer.eap(given);
    assertEquals(IndependentScorer.reported(eap[0]), result.reported());
    assertEquals(eap[1], result.thetaSe(), 1e-3);
    // The portal's metric counted every item presented, once (reading item 1 again counts nothing).
    assertEquals(given.size(), itemsServed("COMMUNICATION") - servedBefore);
  }

  /** The {@code assessment_items_served} counter of {@code family} (0 before its first item). */
  private long itemsServed(String family) {
    Counter counter =
        metrics
            .getCounters()
            .get(new MetricID("assessment_items_served", new Tag("family", family)));
    return counter == null ? 0 : counter.getCount();
  }

  @Test
  void refusesAnEmptyAnswerAndAChangedOneAndResumesAtTheCurrentItem() {
    signIn("resume");
    long attempt = samples.start(PYTHON).attemptId();

    Rejected empty =
        assertThrows(Rejected.class, () -> samples.answer(attempt, 1, Optional.empty()));
    assertEquals("response", empty.field());
    samples.answer(attempt, 1, Optional.of(2));
    samples.answer(attempt, 2, Optional.of(0));
    var refused = assertThrows(Conflict.class, () -> samples.answer(attempt, 1, Optional.of(3)));
    assertTrue(refused.getMessage().contains("cannot be changed"));
    assertThrows(IllegalArgumentException.class, () -> samples.answer(attempt, 3, Optional.of(4)));
    assertThrows(IllegalArgumentException.class, () -> samples.item(attempt, 4));

    SampleProgress resumed = samples.start(PYTHON);
    assertEquals(attempt, resumed.attemptId());
    assertEquals(3, resumed.position());
    assertEquals(2, resumed.answered());
    assertEquals(2, samples.item(attempt, 1).savedResponse().getAsInt());
    assertFalse(samples.item(attempt, 1).current());
    assertTrue(samples.item(attempt, 3).current());
  }

  @Test
  void refusesASecondStartDuringTheCooldownAndAnyAnswerAfterTheEnd() {
    signIn("cooldown");
    long attempt = samples.start(PYTHON).attemptId();
    // Nine items: the minimum of 8 scored ones plus the attempt's one unscored pretest item, which
    // is served at a position from 2 to 8.
    for (int p = 1; p <= 9; p++) {
      samples.answer(attempt, p, Optional.of(0));
    }
    SampleProgress ended = samples.endNow(attempt);
    assertFalse(ended.inProgress());
    assertTrue(ended.scored());
    SampleResult result = samples.result(attempt);
    assertEquals(8, result.itemsAdministered());
    // The unreached items continue the test with wrong answers up to its maximum of 30 scored
    // items: with 3PL items (c = 1/options) the posterior SD cannot fall to 0.30 on wrong answers.
    assertEquals(30 - 8, result.unreached());

    var refused = assertThrows(Conflict.class, () -> samples.start(PYTHON));
    assertTrue(refused.getMessage().contains("Python Fundamentals"));
    assertThrows(IllegalStateException.class, () -> samples.endNow(attempt));
    assertThrows(IllegalStateException.class, () -> samples.answer(attempt, 10, Optional.of(0)));
    SampleOverview python =
        samples.overview().stream().filter(o -> o.familyCode().equals(PYTHON)).findFirst().get();
    assertEquals(SampleStatus.COOLDOWN, python.status());
    assertTrue(python.lastScore().isPresent());
  }

  @Test
  void refusesAnotherCandidatesAttemptAndAuditsIt() {
    signIn("owner");
    long attempt = samples.start(PYTHON).attemptId();
    samples.answer(attempt, 1, Optional.of(1));
    String intruder = signIn("intruder");

    assertThrows(AccessDenied.class, () -> samples.item(attempt, 1));
    assertThrows(AccessDenied.class, () -> samples.answer(attempt, 2, Optional.of(0)));
    assertThrows(AccessDenied.class, () -> samples.endNow(attempt));

    assertEquals(
        3L,
        em.createQuery(
                "select count(e) from AuditEvent e where e.actor = :actor"
                    + " and e.action = io.skillspassport.audit.boundary.AuditAction.ACCESS_DENIED"
                    + " and e.target = :target",
                Long.class)
            .setParameter("actor", intruder)
            .setParameter("target", "assessment attempt " + attempt)
            .getSingleResult());
    testCaller.signIn("it-employer-" + UUID.randomUUID(), "northwind-labs", "employer");
    assertThrows(AccessDenied.class, () -> samples.overview());
    assertFalse(results.history(intruder).size() > 0);
  }

  /**
   * Takes the family's test to its end: each served item answered with its best option with
   * probability {@code pRight} (seeded), else its worst; returns the answers given.
   */
  private List<IndependentScorer.Response> take(
      String family, IndependentScorer scorer, SplittableRandom strategy, double pRight) {
    SampleProgress progress = samples.start(family);
    List<IndependentScorer.Response> given = new ArrayList<>();
    while (progress.inProgress()) {
      SampleItem item = samples.item(progress.attemptId(), progress.position());
      IndependentScorer.Item parameters = scorer.item(codeOf(item));
      int option = strategy.nextDouble() < pRight ? parameters.best() : parameters.worst();
      given.add(new IndependentScorer.Response(parameters.code(), option));
      progress = samples.answer(progress.attemptId(), progress.position(), Optional.of(option));
    }
    return given;
  }

  /** The served item's code, read from the database (the candidate's view never shows it). */
  private String codeOf(SampleItem item) {
    return em
        .createQuery(
            "select i.code from AssessmentItem i, AssessmentAttempt a where a.id = :attempt"
                + " and i.stem = :stem and i.familyCode = a.familyCode"
                + " and i.contentVersion = a.contentVersion",
            String.class)
        .setParameter("attempt", item.attemptId())
        .setParameter("stem", item.stem())
        .getResultList()
        .stream()
        .filter(code -> matchesOptions(code, item))
        .findFirst()
        .orElseThrow();
  }

  private boolean matchesOptions(String code, SampleItem item) {
    List<String> texts =
        em.createQuery(
                "select i from AssessmentItem i where i.code = :code",
                io.skillspassport.assessments.entity.AssessmentItem.class)
            .setParameter("code", code)
            .getResultList()
            .get(0)
            .options();
    return texts.equals(item.options().stream().map(SampleItem.Option::text).toList());
  }

  private String signIn(String who) {
    String username = "it-candidate-" + who + "-" + UUID.randomUUID();
    testCaller.signIn(username, null, "candidate");
    return username;
  }
}
