package io.skillspassport.exercises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.bundles.boundary.TestBundles;
import io.skillspassport.exercises.control.RatingStore;
import io.skillspassport.exercises.control.RubricStore;
import io.skillspassport.exercises.control.ShippedRubrics;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.sharing.boundary.TestSharing;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interview exercises through the real rating and rubric stores, the real bundles and shared
 * passports boundaries and the audit log, on a migrated H2 holding the shipped families, role and
 * rubrics: interviewers rate blind until they have rated, revisions keep their history, every
 * criterion needs a level from 1 to 5, agreement is computed across interviewers, the candidate
 * sees the exercise but no levels and reads notes only once an employer released them, rubrics are
 * versioned and a bundle may adapt its own; nobody outside the organisation or the share gets in.
 *
 * <p>Moved from {@code web}'s {@code ExerciseRatingsIT}, same assertions (kept in JUnit's form as
 * they were). The container's audit of refusals is the guard's {@link Guard#refuse} here, kept per
 * caller. One database for the class; every test works in an organisation, with a bundle and
 * candidates of its own; the one portal rubric a test revises ({@code PAPER_READING}) is read
 * relative to its history, so the tests run in any order and again.
 */
class ExerciseRatingsTest {

  static final String KIND = "RESEARCH_DESIGN";

  private static Database db;

  /** Usernames of the callers refused, one entry per refusal. */
  private final List<String> denied = Collections.synchronizedList(new ArrayList<>());

  private FixedCaller caller;
  private String organisation;
  private String erin;
  private String nina;
  private String cara;
  private String dev;
  private long bundle;

  @BeforeAll
  static void shippedContentAndRubrics() {
    db = ShippedFamiliesAndRoles.database(ExerciseRatingsTest.class);
    // Installs the three shipped rubrics on the first run, nothing on a later one.
    db.run(
        em ->
            new ShippedRubrics(
                    new RubricStore(em),
                    Clock.systemUTC(),
                    ExerciseRatingsTest.class.getClassLoader())
                .install());
  }

  @BeforeEach
  void ownOrganisationWithTwoSharingCandidates() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    organisation = "org-" + unique;
    erin = "erin-" + unique;
    nina = "nina-" + unique;
    cara = "cara-" + unique;
    dev = "dev-" + unique;
    organisation(organisation);
    share(cara, organisation);
    share(dev, organisation);
    as(erin);
    bundle = bundles(b -> b.create("ml-research-scientist", "Research " + unique, null));
  }

  private void as(String employer) {
    caller = FixedCaller.employer(employer, organisation);
  }

  private List<CriterionRating> allAt(int level, String note) {
    return rubrics(r -> r.forBundle(bundle, KIND)).criteria().stream()
        .map(c -> new CriterionRating(c.code(), level, note))
        .toList();
  }

  private ExerciseResult researchDesignResult(String candidate) {
    return ratings(r -> r.results(bundle, List.of(candidate))).get(candidate).stream()
        .filter(r -> r.kind().equals(KIND))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theShippedRubricHasAnchoredLevelsAndTheBundleListsTheExercise() {
    RubricView rubric = rubrics(r -> r.forBundle(bundle, KIND));
    assertTrue(rubric.portal());
    assertEquals(5, rubric.criteria().size());
    rubric.criteria().forEach(c -> assertEquals(5, c.levels().size()));
    assertTrue(rubric.description().contains("Skills Passport's rubric"));
    RatingOverview overview = ratings(r -> r.overview(bundle));
    assertTrue(overview.exercises().stream().anyMatch(e -> e.kind().equals(KIND)));
    assertEquals(
        List.of(cara, dev).stream().sorted().toList(),
        overview.candidates().stream().map(RatingOverview.CandidateRow::candidate).toList());
  }

  @Test
  void anInterviewerSeesNoOtherRatingsBeforeSubmittingTheirOwn() {
    ratings(r -> r.submit(bundle, KIND, cara, allAt(4, "clear hypothesis")));

    as(nina);
    RatingSheet sheet = ratings(r -> r.sheet(bundle, KIND, cara));
    assertFalse(sheet.submitted());
    assertEquals(1, sheet.otherRaters());
    ExerciseResult hidden = researchDesignResult(cara);
    assertFalse(hidden.visible());
    assertTrue(hidden.criteria().isEmpty());
    assertEquals(1, hidden.raters());

    ratings(r -> r.submit(bundle, KIND, cara, allAt(2, "vague")));
    ExerciseResult shown = researchDesignResult(cara);
    assertTrue(shown.visible());
    assertEquals(2, shown.raters());
    // Means and SDs of {4, 2}: 3 and sqrt(((4-3)^2 + (2-3)^2)/1) = sqrt(2).
    shown.criteria().forEach(c -> assertEquals(3.0, c.mean(), 1e-12));
    shown.criteria().forEach(c -> assertEquals(Math.sqrt(2), c.standardDeviation(), 1e-12));
    assertEquals(3.0, shown.mean(), 1e-12);
    assertTrue(ratings(r -> r.sheet(bundle, KIND, cara)).submitted());
  }

  @Test
  void aRevisionKeepsTheHistoryAndEveryWriteIsAudited() {
    long before = auditEntries(erin, AuditAction.EXERCISE_RATED);
    ratings(r -> r.submit(bundle, KIND, cara, allAt(3, "first look")));
    List<CriterionRating> revised = new ArrayList<>(allAt(3, "first look"));
    CriterionRating first = revised.get(0);
    revised.set(0, new CriterionRating(first.criterion(), 5, "on reflection, excellent"));

    assertEquals(1, this.<Integer>ratings(r -> r.submit(bundle, KIND, cara, revised)));
    assertEquals(0, this.<Integer>ratings(r -> r.submit(bundle, KIND, cara, revised)));

    RatingSheet sheet = ratings(r -> r.sheet(bundle, KIND, cara));
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
    assertEquals(2, auditEntries(erin, AuditAction.EXERCISE_RATED) - before);
  }

  @Test
  void everyCriterionNeedsALevelFromOneToFive() {
    List<CriterionRating> partial = allAt(3, "").subList(0, 2);
    assertThrows(Rejected.class, () -> ratings(r -> r.submit(bundle, KIND, cara, partial)));
    assertThrows(Rejected.class, () -> ratings(r -> r.submit(bundle, KIND, cara, allAt(6, ""))));
    assertThrows(Rejected.class, () -> ratings(r -> r.submit(bundle, KIND, cara, allAt(0, ""))));
  }

  @Test
  void nobodyOutsideTheOrganisationOrTheShareGetsIn() {
    String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.sheet(bundle, KIND, stranger)));
    assertThrows(
        AccessDenied.class, () -> ratings(r -> r.submit(bundle, KIND, stranger, allAt(3, ""))));

    String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
    organisation(other);
    share(cara, other);
    caller = FixedCaller.employer("omar-" + other, other);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.sheet(bundle, KIND, cara)));
    assertThrows(AccessDenied.class, () -> ratings(r -> r.agreement(bundle)));

    caller = FixedCaller.candidate(cara);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.submit(bundle, KIND, cara, List.of())));
  }

  @Test
  void agreementOfTwoInterviewersOnTwoCandidates() {
    ratings(r -> r.submit(bundle, KIND, cara, allAt(4, "")));
    ratings(r -> r.submit(bundle, KIND, dev, allAt(2, "")));
    as(nina);
    ratings(r -> r.submit(bundle, KIND, cara, allAt(4, "")));
    ratings(r -> r.submit(bundle, KIND, dev, allAt(2, "")));

    ExerciseAgreement agreement =
        ratings(r -> r.agreement(bundle)).stream()
            .filter(e -> e.kind().equals(KIND))
            .findFirst()
            .orElseThrow();
    assertEquals(2, agreement.candidates());
    assertEquals(2, agreement.raters());
    assertEquals(5, agreement.criteria().size());
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
    ratings(r -> r.submit(bundle, KIND, cara, allAt(4, "secret note")));
    as(nina);
    ratings(r -> r.submit(bundle, KIND, cara, allAt(3, "another")));

    caller = FixedCaller.candidate(cara);
    List<RecordedExercise> recorded = ratings(ExerciseRatings::recordedForMe);
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
    ratings(r -> r.submit(bundle, KIND, cara, allAt(4, "clear hypothesis")));
    ratings(r -> r.submit(bundle, KIND, dev, allAt(2, "note for dev")));
    as(nina);
    ratings(r -> r.submit(bundle, KIND, cara, allAt(3, "baseline missing")));
    long before = auditEntries(nina, AuditAction.EXERCISE_NOTES_RELEASED);

    assertTrue(this.<Boolean>ratings(r -> r.releaseNotes(bundle, KIND, cara)));
    assertFalse(this.<Boolean>ratings(r -> r.releaseNotes(bundle, KIND, cara)));
    assertEquals(1, auditEntries(nina, AuditAction.EXERCISE_NOTES_RELEASED) - before);
    assertTrue(releasedInOverview(cara));
    assertFalse(releasedInOverview(dev));

    List<String> criteria =
        rubrics(r -> r.forBundle(bundle, KIND)).criteria().stream()
            .map(RubricView.Criterion::name)
            .toList();
    caller = FixedCaller.candidate(cara);
    RecordedExercise x = ratings(ExerciseRatings::recordedForMe).get(0);
    assertTrue(x.notesReleased());
    assertEquals(criteria, x.notes().stream().map(RecordedExercise.CriterionNotes::name).toList());
    // Both interviewers' notes on every criterion, sorted by text: "baseline…" before "clear…".
    x.notes()
        .forEach(n -> assertEquals(List.of("baseline missing", "clear hypothesis"), n.notes()));
    assertFalse(x.toString().contains(erin));
    assertFalse(x.toString().contains(nina));

    caller = FixedCaller.candidate(dev);
    RecordedExercise notReleased = ratings(ExerciseRatings::recordedForMe).get(0);
    assertFalse(notReleased.notesReleased());
    assertTrue(notReleased.notes().isEmpty());
    assertFalse(notReleased.toString().contains("note for dev"));
  }

  @Test
  void onlyAnEmployerOfTheOrganisationReleasesAndOnlyToASharingRatedCandidate() {
    ratings(r -> r.submit(bundle, KIND, cara, allAt(4, "kept back")));

    String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.releaseNotes(bundle, KIND, stranger)));
    String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
    organisation(other);
    String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
    share(theirs, other);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.releaseNotes(bundle, KIND, theirs)));
    assertEquals(2, denied.stream().filter(erin::equals).count());
    // Dev shares but nobody rated dev in the exercise: nothing to release.
    assertThrows(
        IllegalArgumentException.class, () -> ratings(r -> r.releaseNotes(bundle, KIND, dev)));

    share(cara, other);
    caller = FixedCaller.employer("omar-" + other, other);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.releaseNotes(bundle, KIND, cara)));
    caller = FixedCaller.candidate(cara);
    assertThrows(AccessDenied.class, () -> ratings(r -> r.releaseNotes(bundle, KIND, cara)));

    RecordedExercise x = ratings(ExerciseRatings::recordedForMe).get(0);
    assertFalse(x.notesReleased());
    assertFalse(x.toString().contains("kept back"));
    assertEquals(0, auditEntries("omar-" + other, AuditAction.EXERCISE_NOTES_RELEASED));
  }

  private boolean releasedInOverview(String candidate) {
    RatingOverview overview = ratings(r -> r.overview(bundle));
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
    caller = new FixedCaller(admin, null, Set.of(Caller.ADMIN));
    List<RubricView> before = rubrics(r -> r.history("PAPER_READING"));
    RubricView newest = before.get(0);
    RubricDraft draft =
        new RubricDraft(
            newest.number(), newest.title(), newest.description() + " (edited)", newest.criteria());

    RubricView saved = rubrics(r -> r.revise("PAPER_READING", draft));

    assertEquals(newest.number() + 1, saved.number());
    assertEquals(before.size() + 1, rubrics(r -> r.history("PAPER_READING")).size());
    assertEquals(1, auditEntries(admin, AuditAction.RUBRIC_CHANGED));
    assertThrows(Conflict.class, () -> rubrics(r -> r.revise("PAPER_READING", draft)));
    as(erin);
    assertThrows(AccessDenied.class, () -> rubrics(r -> r.revise("PAPER_READING", draft)));
    assertThrows(AccessDenied.class, () -> rubrics(r -> r.history("PAPER_READING")));
  }

  @Test
  void aBundlesOwnRubricVersionIsUsedFromThenOn() {
    RubricView portal = rubrics(r -> r.forBundle(bundle, KIND));
    RubricView adapted =
        rubrics(
            r ->
                r.adaptForBundle(
                    bundle,
                    KIND,
                    new RubricDraft(
                        portal.number(),
                        "Our research design",
                        "Two criteria only",
                        portal.criteria().subList(0, 2))));

    assertFalse(adapted.portal());
    assertEquals(1, adapted.number());
    assertEquals(2, rubrics(r -> r.forBundle(bundle, KIND)).criteria().size());
    assertEquals(2, ratings(r -> r.sheet(bundle, KIND, cara)).rubric().criteria().size());
    assertTrue(adapted.basedOn().contains("portal rubric v" + portal.number()));
  }

  private <T> T ratings(Function<ExerciseRatings, T> use) {
    return db.inTransaction(
        em -> {
          Guard guard = guard();
          ExerciseRatings ratings = new ExerciseRatings();
          ratings.clock = java.time.Clock.systemUTC();
          ratings.ratings = new RatingStore(em);
          ratings.rubrics = new RubricStore(em);
          ratings.bundles = TestBundles.of(em, caller, guard);
          ratings.sharing = TestSharing.sharedPassports(em, caller, guard);
          ratings.guard = guard;
          ratings.log =
              io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
          ratings.caller = caller;
          return use.apply(ratings);
        });
  }

  private <T> T bundles(Function<io.skillspassport.bundles.boundary.Bundles, T> use) {
    return db.inTransaction(em -> use.apply(TestBundles.of(em, caller, guard())));
  }

  private <T> T rubrics(Function<Rubrics, T> use) {
    return db.inTransaction(em -> use.apply(rubrics(em)));
  }

  private Rubrics rubrics(EntityManager em) {
    Guard guard = guard();
    Rubrics rubrics = new Rubrics();
    rubrics.clock = java.time.Clock.systemUTC();
    rubrics.store = new RubricStore(em);
    rubrics.guard = guard;
    rubrics.log =
        io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
    rubrics.caller = caller;
    rubrics.bundles = TestBundles.of(em, caller, guard);
    return rubrics;
  }

  /** The real guard for the current caller, keeping who was refused. */
  private Guard guard() {
    FixedCaller who = caller;
    return new Guard(who) {
      @Override
      public AccessDenied refuse(String what, String reason, String message) {
        denied.add(who.username());
        return super.refuse(what, reason, message);
      }
    };
  }

  private void organisation(String slug) {
    db.run(
        em ->
            new OrganisationStore(em)
                .add(new EmployerOrganisation(slug, "Organisation " + slug, "")));
  }

  private void share(String candidate, String with) {
    db.run(
        em ->
            new ShareStore(em)
                .add(new PassportShare(candidate, with, Instant.now().minusSeconds(60), null)));
  }

  private long auditEntries(String actor, AuditAction action) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "select count(e) from AuditEvent e where e.actor = :actor"
                        + " and e.action = :action",
                    Long.class)
                .setParameter("actor", actor)
                .setParameter("action", action)
                .getSingleResult());
  }
}
