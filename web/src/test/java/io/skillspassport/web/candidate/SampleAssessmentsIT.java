package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.assessments.boundary.RetakeCooldown;
import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleItem;
import io.skillspassport.assessments.boundary.SampleOverview;
import io.skillspassport.assessments.boundary.SampleProgress;
import io.skillspassport.assessments.boundary.SampleResult;
import io.skillspassport.assessments.boundary.SampleStatus;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.passports.entity.Provenance;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.web.testing.SampleSheets;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: a candidate takes the Python Fundamentals sample through {@link
 * SampleAssessments} against the item bank installed at start-up — scoring a known answer sheet end
 * to end, resuming after a reload, the retake cooldown, and refusing someone else's attempt. Each
 * test signs in its own candidate, so no test sees another's attempts.
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
        .addClasses(SampleSheets.class, SampleSheets.Sheet.class)
        .addAsResource("reference/sample_sheets.tsv");
  }

  @Inject SampleAssessments samples;

  @Inject TestCaller testCaller;

  @Inject ResultStore results;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  /**
   * A known Python answer sheet (every third item wrong) against {@code sample_sheets.tsv}: θ, SE,
   * reported score, SEM and band computed by {@code sample_sheets.py} from the brief's formulas,
   * not by the scoring module. Tolerance 1e-6 on θ, SE and SEM; the integers exactly.
   */
  @Test
  void scoresAKnownAnswerSheetAsTheIndependentFixtureSays() {
    String candidate = signIn("sheet");
    SampleSheets.Sheet sheet = SampleSheets.of("python-every-third-wrong");
    SampleProgress started = samples.start(PYTHON);
    assertEquals(sheet.items(), started.total());

    SampleResult result = answerAndSubmit(started.attemptId(), sheet);

    List<FamilyResult> stored = results.history(candidate);
    assertEquals(1, stored.size());
    FamilyResult r = stored.get(0);
    assertStored(sheet, r);
    assertEquals(PYTHON, r.familyCode());
    assertEquals(Provenance.SAMPLE, r.provenance());
    assertEquals("PYTHON_FUNDAMENTALS sample bank v1, attempt " + started.attemptId(), r.source());
    assertTrue(r.expiresAt().isAfter(r.measuredAt().plusSeconds(700L * 24 * 3600)));
    assertEquals(673, result.reported());
    assertEquals(sheet.reported(), result.reported());
    assertEquals(sheet.bandLow(), result.bandLow());
    assertEquals(sheet.bandHigh(), result.bandHigh());
    assertEquals(24, result.answered());
    assertEquals(result, samples.result(started.attemptId()));
  }

  /**
   * Items 4 and 9 skipped and items 17–24 never reached before submitting: by the published rule
   * for the fixed-form samples they do not count, so the result is the EAP of the 14 answered items
   * ({@code python-omitted-unreached} in {@code sample_sheets.tsv}).
   */
  @Test
  void skippedAndUnreachedItemsDoNotCount() {
    String candidate = signIn("omitted");
    SampleSheets.Sheet sheet = SampleSheets.of("python-omitted-unreached");
    SampleProgress started = samples.start(PYTHON);

    SampleResult result = answerAndSubmit(started.attemptId(), sheet);

    assertEquals(14, result.answered());
    assertEquals(24, result.total());
    assertEquals(556, result.reported());
    assertStored(sheet, results.history(candidate).get(0));
  }

  /**
   * The Communication sample (graded-response items) end to end through the boundary: each option
   * maps to its category in the bank and the EAP of the graded responses is stored ({@code
   * communication-cycling} in {@code sample_sheets.tsv}).
   */
  @Test
  void scoresAGradedResponseAnswerSheet() {
    String candidate = signIn("graded");
    SampleSheets.Sheet sheet = SampleSheets.of("communication-cycling");
    SampleProgress started = samples.start("COMMUNICATION");
    assertEquals(22, started.total());

    SampleResult result = answerAndSubmit(started.attemptId(), sheet);

    assertEquals(567, result.reported());
    FamilyResult r = results.history(candidate).get(0);
    assertEquals("COMMUNICATION", r.familyCode());
    assertStored(sheet, r);
  }

  private SampleResult answerAndSubmit(long attempt, SampleSheets.Sheet sheet) {
    for (int position = 1; position <= sheet.items(); position++) {
      if (sheet.option(position) >= 0) {
        samples.answer(attempt, position, sheet.option(position));
      }
    }
    return samples.submit(attempt);
  }

  private static void assertStored(SampleSheets.Sheet sheet, FamilyResult r) {
    assertEquals(sheet.theta(), r.theta(), 1e-6);
    assertEquals(sheet.se(), r.thetaSe(), 1e-6);
    assertEquals(sheet.reported(), r.scaledScore());
    assertEquals(sheet.sem(), r.sem(), 1e-6);
    assertEquals(sheet.bandLow(), r.bandLow());
    assertEquals(sheet.bandHigh(), r.bandHigh());
  }

  @Test
  void resumesFromTheSavedAnswersAndPositionAfterAReload() {
    signIn("reload");
    SampleProgress started = samples.start(PYTHON);
    long attempt = started.attemptId();
    assertEquals(1, started.position());
    for (int position = 1; position <= 5; position++) {
      samples.answer(attempt, position, position % 4);
    }
    samples.answer(attempt, 3, 0);

    SampleProgress resumed = samples.start(PYTHON);
    SampleItem third = samples.item(attempt, 3);
    SampleItem sixth = samples.item(attempt, 6);

    assertEquals(attempt, resumed.attemptId());
    assertEquals(4, resumed.position(), "resumes after the item saved last");
    assertEquals(5, resumed.answered());
    assertEquals(0, third.savedResponse().getAsInt());
    assertEquals(2, samples.item(attempt, 2).savedResponse().getAsInt());
    assertTrue(sixth.savedResponse().isEmpty());
    assertEquals(24, sixth.total());
    assertEquals(4, sixth.options().size());
    assertEquals(
        5L,
        em.createQuery(
                "select count(a) from AttemptAnswer a where a.attempt.id = :attempt", Long.class)
            .setParameter("attempt", attempt)
            .getSingleResult());
    SampleOverview python =
        samples.overview().stream()
            .filter(s -> s.familyCode().equals(PYTHON))
            .findFirst()
            .orElseThrow();
    assertEquals(SampleStatus.IN_PROGRESS, python.status());
    assertEquals(4, python.position());
  }

  @Test
  void refusesAnAnswerThatIsNotOneOfTheOptionsAndKeepsTheSavedOne() {
    signIn("bad-input");
    long attempt = samples.start(PYTHON).attemptId();
    samples.answer(attempt, 1, 2);

    var refused = assertThrows(IllegalArgumentException.class, () -> samples.answer(attempt, 1, 4));
    assertThrows(IllegalArgumentException.class, () -> samples.answer(attempt, 25, 0));
    assertThrows(IllegalArgumentException.class, () -> samples.item(attempt, 0));

    assertTrue(refused.getMessage().contains("not one of the 4 options"), refused.getMessage());
    assertEquals(2, samples.item(attempt, 1).savedResponse().getAsInt());
  }

  @Test
  void showsGradedResponseOptionsWithoutTheirCategories() {
    signIn("communication");
    long attempt = samples.start("COMMUNICATION").attemptId();

    SampleItem first = samples.item(attempt, 1);

    assertEquals("GRADED_RESPONSE", first.kind());
    assertTrue(first.scenario().startsWith("You ran an experiment"));
    assertEquals(List.of(0, 1, 2, 3), first.options().stream().map(o -> o.id()).toList());
    assertEquals(22, first.total());
  }

  @Test
  void refusesASecondStartDuringTheCooldownAndAnyChangeAfterSubmitting() {
    signIn("cooldown");
    long attempt = samples.start(PYTHON).attemptId();
    samples.answer(attempt, 1, 0);
    samples.submit(attempt);

    var refused = assertThrows(RetakeCooldown.class, () -> samples.start(PYTHON));

    assertTrue(refused.getMessage().contains("you can retake it from"), refused.getMessage());
    assertTrue(refused.getMessage().contains("UTC"), refused.getMessage());
    assertTrue(refused.until().isAfter(java.time.Instant.now().plusSeconds(23 * 3600)));
    assertThrows(IllegalStateException.class, () -> samples.submit(attempt));
    assertThrows(IllegalStateException.class, () -> samples.answer(attempt, 2, 0));
    SampleOverview python =
        samples.overview().stream()
            .filter(s -> s.familyCode().equals(PYTHON))
            .findFirst()
            .orElseThrow();
    assertEquals(SampleStatus.COOLDOWN, python.status());
    assertTrue(python.cooldownUntil().isPresent());
    assertTrue(python.lastScore().isPresent());
  }

  @Test
  void refusesAnotherCandidatesAttemptAndAuditsIt() {
    signIn("owner");
    long attempt = samples.start(PYTHON).attemptId();
    samples.answer(attempt, 1, 1);
    String intruder = signIn("intruder");

    assertThrows(AccessDenied.class, () -> samples.item(attempt, 1));
    assertThrows(AccessDenied.class, () -> samples.answer(attempt, 1, 0));
    assertThrows(AccessDenied.class, () -> samples.submit(attempt));

    assertEquals(
        3L,
        em.createQuery(
                "select count(e) from AuditEvent e where e.actor = :actor"
                    + " and e.action = io.skillspassport.audit.entity.AuditAction.ACCESS_DENIED"
                    + " and e.target = :target",
                Long.class)
            .setParameter("actor", intruder)
            .setParameter("target", "sample attempt " + attempt)
            .getSingleResult());
    testCaller.signIn("it-employer-" + UUID.randomUUID(), "northwind-labs", "employer");
    assertThrows(AccessDenied.class, () -> samples.overview());
    assertFalse(results.history(intruder).size() > 0);
  }

  private String signIn(String who) {
    String username = "it-candidate-" + who + "-" + UUID.randomUUID();
    testCaller.signIn(username, null, "candidate");
    return username;
  }
}
