package io.skillspassport.web.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.exercises.boundary.CriterionRating;
import io.skillspassport.exercises.boundary.ExerciseAgreement;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.ExerciseResult;
import io.skillspassport.exercises.boundary.RatingOverview;
import io.skillspassport.exercises.boundary.RatingSheet;
import io.skillspassport.exercises.boundary.RecordedExercise;
import io.skillspassport.exercises.boundary.Reliance;
import io.skillspassport.exercises.boundary.RubricDraft;
import io.skillspassport.exercises.boundary.RubricView;
import io.skillspassport.exercises.boundary.Rubrics;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro, through the boundaries and the real database: interviewers of one
 * organisation rate sharing candidates independently on the shipped research-design rubric,
 * revisions keep history and are audited, access is refused outside the organisation or the share,
 * and agreement and results come out of the scoring module. Each test has its own organisation.
 */
@ExtendWith(ArquillianExtension.class)
class ExerciseRatingsIT {

  static final String KIND = "RESEARCH_DESIGN";

  @Deployment
  static WebArchive deployment() {
    return EmployerDeployment.war(ExerciseRatingsIT.class);
  }

  @Inject TestCaller caller;

  @Inject Bundles bundles;

  @Inject ExerciseRatings ratings;

  @Inject Rubrics rubrics;

  @Inject EmployerFixtures fixtures;

  private String organisation;
  private String erin;
  private String nina;
  private String cara;
  private String dev;
  private long bundle;

  @BeforeEach
  void ownOrganisationWithTwoSharingCandidates() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    organisation = "org-" + unique;
    erin = "erin-" + unique;
    nina = "nina-" + unique;
    cara = "cara-" + unique;
    dev = "dev-" + unique;
    fixtures.organisation(organisation);
    fixtures.share(cara, organisation);
    fixtures.share(dev, organisation);
    as(erin);
    bundle = bundles.create("ml-research-scientist", "Research " + unique, null);
  }

  private void as(String employer) {
    caller.signIn(employer, organisation, "employer");
  }

  private List<CriterionRating> allAt(int level, String note) {
    return rubrics.forBundle(bundle, KIND).criteria().stream()
        .map(c -> new CriterionRating(c.code(), level, note))
        .toList();
  }

  private ExerciseResult researchDesignResult(String candidate) {
    return ratings.results(bundle, List.of(candidate)).get(candidate).stream()
        .filter(r -> r.kind().equals(KIND))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theShippedRubricHasAnchoredLevelsAndTheBundleListsTheExercise() {
    RubricView rubric = rubrics.forBundle(bundle, KIND);
    assertTrue(rubric.portal());
    assertEquals(5, rubric.criteria().size());
    rubric.criteria().forEach(c -> assertEquals(5, c.levels().size()));
    assertTrue(rubric.description().contains("Skills Passport's rubric"));
  }

  @Test
  void anInterviewerSeesNoOtherRatingsBeforeSubmittingTheirOwn() {
    ratings.submit(bundle, KIND, cara, allAt(4, "clear hypothesis"));

    as(nina);
    RatingSheet sheet = ratings.sheet(bundle, KIND, cara);
    assertFalse(sheet.submitted());
    assertEquals(1, sheet.otherRaters());
    ExerciseResult hidden = researchDesignResult(cara);
    assertFalse(hidden.visible());
    assertTrue(hidden.criteria().isEmpty());
    assertEquals(1, hidden.raters());

    ratings.submit(bundle, KIND, cara, allAt(2, "vague"));
    ExerciseResult shown = researchDesignResult(cara);
    assertTrue(shown.visible());
    assertEquals(2, shown.raters());
    // Means and SDs of {4, 2}: 3 and sqrt(((4-3)^2 + (2-3)^2)/1) = sqrt(2).
    shown.criteria().forEach(c -> assertEquals(3.0, c.mean(), 1e-12));
    shown.criteria().forEach(c -> assertEquals(Math.sqrt(2), c.standardDeviation(), 1e-12));
    assertEquals(3.0, shown.mean(), 1e-12);
  }

  @Test
  void aRevisionKeepsTheHistoryAndEveryWriteIsAudited() {
    long before = fixtures.auditEntries(erin, AuditAction.EXERCISE_RATED);
    ratings.submit(bundle, KIND, cara, allAt(3, "first look"));
    List<CriterionRating> revised = new java.util.ArrayList<>(allAt(3, "first look"));
    CriterionRating first = revised.get(0);
    revised.set(0, new CriterionRating(first.criterion(), 5, "on reflection, excellent"));

    assertEquals(1, ratings.submit(bundle, KIND, cara, revised));
    assertEquals(0, ratings.submit(bundle, KIND, cara, revised));

    RatingSheet sheet = ratings.sheet(bundle, KIND, cara);
    assertEquals(5, sheet.mine().size());
    RatingSheet.GivenRating current =
        sheet.mine().stream()
            .filter(r -> r.criterion().equals(first.criterion()))
            .findFirst()
            .orElseThrow();
    assertEquals(5, current.level());
    assertEquals(2, current.revision());
    assertEquals(1, sheet.history().size());
    assertEquals(3, sheet.history().get(0).level());
    assertEquals(2, fixtures.auditEntries(erin, AuditAction.EXERCISE_RATED) - before);
  }

  @Test
  void everyCriterionNeedsALevelFromOneToFive() {
    List<CriterionRating> partial = allAt(3, "").subList(0, 2);
    assertThrows(Rejected.class, () -> ratings.submit(bundle, KIND, cara, partial));
    assertThrows(Rejected.class, () -> ratings.submit(bundle, KIND, cara, allAt(6, "")));
  }

  @Test
  void nobodyOutsideTheOrganisationOrTheShareGetsIn() {
    String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
    assertThrows(AccessDenied.class, () -> ratings.sheet(bundle, KIND, stranger));
    assertThrows(AccessDenied.class, () -> ratings.submit(bundle, KIND, stranger, allAt(3, "")));

    String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.organisation(other);
    fixtures.share(cara, other);
    caller.signIn("omar-" + other, other, "employer");
    assertThrows(AccessDenied.class, () -> ratings.sheet(bundle, KIND, cara));
    assertThrows(AccessDenied.class, () -> ratings.agreement(bundle));

    caller.signIn(cara, null, "candidate");
    assertThrows(AccessDenied.class, () -> ratings.submit(bundle, KIND, cara, List.of()));
  }

  @Test
  void agreementOfTwoInterviewersOnTwoCandidates() {
    ratings.submit(bundle, KIND, cara, allAt(4, ""));
    ratings.submit(bundle, KIND, dev, allAt(2, ""));
    as(nina);
    ratings.submit(bundle, KIND, cara, allAt(4, ""));
    ratings.submit(bundle, KIND, dev, allAt(2, ""));

    ExerciseAgreement agreement =
        ratings.agreement(bundle).stream()
            .filter(e -> e.kind().equals(KIND))
            .findFirst()
            .orElseThrow();
    assertEquals(2, agreement.candidates());
    assertEquals(2, agreement.raters());
    for (ExerciseAgreement.CriterionAgreement c : agreement.criteria()) {
      // Identical ratings that differ between candidates: perfect agreement by definition.
      assertEquals(1.0, c.alphaOrdinal().value(), 1e-12);
      assertEquals(2, c.pairableUnits());
      assertEquals(4, c.pairableRatings());
      assertTrue(c.complete());
      assertEquals(6, c.intraclass().size());
      assertEquals(Reliance.TOO_FEW, c.reliance());
    }
  }

  @Test
  void theCandidateSeesTheExerciseAndRubricButNoLevelsOrNotes() {
    ratings.submit(bundle, KIND, cara, allAt(4, "secret note"));
    as(nina);
    ratings.submit(bundle, KIND, cara, allAt(3, "another"));

    caller.signIn(cara, null, "candidate");
    List<RecordedExercise> recorded = ratings.recordedForMe();
    assertEquals(1, recorded.size());
    RecordedExercise x = recorded.get(0);
    assertEquals(organisation, x.organisation());
    assertEquals(KIND, x.kind());
    assertEquals(2, x.raters());
    assertFalse(x.adaptedByEmployer());
    assertFalse(x.toString().contains("secret note"));
    assertFalse(x.notesReleased());
    assertTrue(x.notes().isEmpty());
  }

  @Test
  void releasedNotesAreShownToThatCandidateOnlyWithoutNamesOrLevelsAndTheReleaseIsAudited() {
    ratings.submit(bundle, KIND, cara, allAt(4, "clear hypothesis"));
    ratings.submit(bundle, KIND, dev, allAt(2, "note for dev"));
    as(nina);
    ratings.submit(bundle, KIND, cara, allAt(3, "baseline missing"));
    long before = fixtures.auditEntries(nina, AuditAction.EXERCISE_NOTES_RELEASED);

    assertTrue(ratings.releaseNotes(bundle, KIND, cara));
    assertFalse(ratings.releaseNotes(bundle, KIND, cara));
    assertEquals(1, fixtures.auditEntries(nina, AuditAction.EXERCISE_NOTES_RELEASED) - before);
    assertTrue(releasedInOverview(cara));
    assertFalse(releasedInOverview(dev));

    List<String> criteria =
        rubrics.forBundle(bundle, KIND).criteria().stream()
            .map(RubricView.Criterion::name)
            .toList();
    caller.signIn(cara, null, "candidate");
    RecordedExercise x = ratings.recordedForMe().get(0);
    assertTrue(x.notesReleased());
    assertEquals(criteria, x.notes().stream().map(RecordedExercise.CriterionNotes::name).toList());
    // Both interviewers' notes on every criterion, sorted by text: "baseline…" before "clear…".
    x.notes()
        .forEach(n -> assertEquals(List.of("baseline missing", "clear hypothesis"), n.notes()));
    assertFalse(x.toString().contains(erin));
    assertFalse(x.toString().contains(nina));

    caller.signIn(dev, null, "candidate");
    RecordedExercise notReleased = ratings.recordedForMe().get(0);
    assertFalse(notReleased.notesReleased());
    assertTrue(notReleased.notes().isEmpty());
    assertFalse(notReleased.toString().contains("note for dev"));
  }

  @Test
  void onlyAnEmployerOfTheOrganisationReleasesAndOnlyToASharingRatedCandidate() {
    ratings.submit(bundle, KIND, cara, allAt(4, "kept back"));
    long denied = fixtures.auditEntries(erin, AuditAction.ACCESS_DENIED);

    String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
    assertThrows(AccessDenied.class, () -> ratings.releaseNotes(bundle, KIND, stranger));
    String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.organisation(other);
    String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.share(theirs, other);
    assertThrows(AccessDenied.class, () -> ratings.releaseNotes(bundle, KIND, theirs));
    assertEquals(2, fixtures.auditEntries(erin, AuditAction.ACCESS_DENIED) - denied);
    // Dev shares but nobody rated dev in the exercise: nothing to release.
    assertThrows(IllegalArgumentException.class, () -> ratings.releaseNotes(bundle, KIND, dev));

    fixtures.share(cara, other);
    caller.signIn("omar-" + other, other, "employer");
    assertThrows(AccessDenied.class, () -> ratings.releaseNotes(bundle, KIND, cara));
    caller.signIn(cara, null, "candidate");
    assertThrows(AccessDenied.class, () -> ratings.releaseNotes(bundle, KIND, cara));

    RecordedExercise x = ratings.recordedForMe().get(0);
    assertFalse(x.notesReleased());
    assertFalse(x.toString().contains("kept back"));
    assertEquals(0, fixtures.auditEntries("omar-" + other, AuditAction.EXERCISE_NOTES_RELEASED));
  }

  private boolean releasedInOverview(String candidate) {
    RatingOverview overview = ratings.overview(bundle);
    int index =
        overview.exercises().stream().map(RatingOverview.Exercise::kind).toList().indexOf(KIND);
    return overview.candidates().stream()
        .filter(r -> r.candidate().equals(candidate))
        .findFirst()
        .orElseThrow()
        .notesReleased()
        .get(index);
  }

  @Test
  void anAdminEditOfAPortalRubricIsANewAuditedVersionAndAStaleEditIsRefused() {
    String admin = "ada-" + UUID.randomUUID().toString().substring(0, 8);
    caller.signIn(admin, null, "admin");
    List<RubricView> before = rubrics.history("PAPER_READING");
    RubricView newest = before.get(0);
    RubricDraft draft =
        new RubricDraft(
            newest.number(), newest.title(), newest.description() + " (edited)", newest.criteria());

    RubricView saved = rubrics.revise("PAPER_READING", draft);

    assertEquals(newest.number() + 1, saved.number());
    assertEquals(before.size() + 1, rubrics.history("PAPER_READING").size());
    assertEquals(1, fixtures.auditEntries(admin, AuditAction.RUBRIC_CHANGED));
    assertThrows(Conflict.class, () -> rubrics.revise("PAPER_READING", draft));
    as(erin);
    assertThrows(AccessDenied.class, () -> rubrics.revise("PAPER_READING", draft));
    assertThrows(AccessDenied.class, () -> rubrics.history("PAPER_READING"));
  }

  @Test
  void aBundlesOwnRubricVersionIsUsedFromThenOn() {
    RubricView portal = rubrics.forBundle(bundle, KIND);
    RubricView adapted =
        rubrics.adaptForBundle(
            bundle,
            KIND,
            new RubricDraft(
                portal.number(),
                "Our research design",
                "Two criteria only",
                portal.criteria().subList(0, 2)));

    assertFalse(adapted.portal());
    assertEquals(1, adapted.number());
    assertEquals(2, rubrics.forBundle(bundle, KIND).criteria().size());
    assertEquals(2, ratings.sheet(bundle, KIND, cara).rubric().criteria().size());
    assertTrue(adapted.basedOn().contains("portal rubric v" + portal.number()));
  }
}
