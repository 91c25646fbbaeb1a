package io.skillspassport.exercises.boundary;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.bundles.boundary.BundleDetail;
import io.skillspassport.bundles.boundary.BundleSettings;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.exercises.control.AgreementTable;
import io.skillspassport.exercises.control.RatingStore;
import io.skillspassport.exercises.control.RubricStore;
import io.skillspassport.exercises.entity.ExerciseRating;
import io.skillspassport.exercises.entity.NotesRelease;
import io.skillspassport.exercises.entity.Rubric;
import io.skillspassport.exercises.entity.RubricCriterion;
import io.skillspassport.exercises.entity.RubricVersion;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.agreement.Alpha;
import io.skillspassport.scoring.agreement.IntraclassCorrelations;
import io.skillspassport.scoring.agreement.KrippendorffAlpha;
import io.skillspassport.scoring.agreement.Metric;
import io.skillspassport.scoring.agreement.RatingSummary;
import io.skillspassport.scoring.agreement.Ratings;
import io.skillspassport.sharing.boundary.SharedPassports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Interviewers' ratings of candidates in a bundle's hiring-loop exercises, the agreement between
 * interviewers, and the exercise results shown beside the composite.
 *
 * <p>Who may do what, checked here on every call: employers only; the bundle must belong to the
 * caller's organisation (through {@link Bundles}); a candidate is rated, and their results shown,
 * only while they share their passport with that organisation (through {@link SharedPassports}).
 * Refusals are recorded in the audit log and thrown as {@link AccessDenied}.
 *
 * <p>Independence: an interviewer sees only their own ratings of a candidate in an exercise, and
 * another interviewer's ratings only in the form of results (means, spread) once they have
 * submitted their own for that candidate and exercise. Ratings are never overwritten: a revision
 * adds rows and keeps the earlier ones as history. Every submission is audited.
 *
 * <p>Notes: a candidate sees that exercises were recorded and the rubric used, never levels, and
 * the interviewers' notes only after an employer of the organisation released them for that
 * exercise and candidate ({@link #releaseNotes}) — then without rater names. A release is recorded,
 * audited and not revocable.
 *
 * <p>The exercise results never enter the 300–850 scores or the readiness composite: they are
 * separate evidence shown next to it.
 */
@ApplicationScoped
@Transactional
public class ExerciseRatings {

  /** Krippendorff's threshold for relying on α. */
  public static final double RELY = 0.800;

  /** Krippendorff's threshold below which α supports no conclusion. */
  public static final double TENTATIVE = 0.667;

  @Inject RatingStore ratings;

  @Inject RubricStore rubrics;

  @Inject Bundles bundles;

  @Inject SharedPassports sharing;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject Caller caller;

  @Inject Clock clock;

  /** The bundle's exercises and the shared candidates with what the caller has rated. */
  public RatingOverview overview(long bundleId) {
    BundleDetail bundle = bundles.detail(bundleId);
    List<RatingOverview.Exercise> exercises = exercises(bundle, bundleId);
    List<ExerciseRating> current = ratings.current(bundleId);
    Set<String> released =
        ratings.releases(bundleId).stream()
            .map(n -> n.candidate() + "\u0000" + n.exerciseKind())
            .collect(Collectors.toSet());
    List<RatingOverview.CandidateRow> rows = new ArrayList<>();
    for (String candidate : sharing.sharedCandidates()) {
      List<Boolean> mine = new ArrayList<>();
      List<Integer> raters = new ArrayList<>();
      List<Boolean> notesReleased = new ArrayList<>();
      for (RatingOverview.Exercise e : exercises) {
        Set<String> who =
            current.stream()
                .filter(r -> r.candidate().equals(candidate) && r.exerciseKind().equals(e.kind()))
                .map(ExerciseRating::rater)
                .collect(Collectors.toSet());
        mine.add(who.contains(caller.username()));
        raters.add(who.size());
        notesReleased.add(released.contains(candidate + "\u0000" + e.kind()));
      }
      rows.add(new RatingOverview.CandidateRow(candidate, mine, raters, notesReleased));
    }
    return new RatingOverview(bundleId, bundle.name(), exercises, rows);
  }

  /**
   * The rating sheet of one candidate in one exercise for the caller.
   *
   * @throws AccessDenied (recorded) if the candidate does not share with the organisation now
   */
  public RatingSheet sheet(long bundleId, String kind, String candidate) {
    BundleDetail bundle = bundles.detail(bundleId);
    String exerciseName = exerciseName(bundle, kind);
    requireShared(candidate, bundleId);
    RubricVersion rubric = effectiveRubric(kind, bundleId);
    List<ExerciseRating> history = ratings.history(bundleId, kind, candidate, caller.username());
    long others =
        ratings.current(bundleId, kind).stream()
            .filter(r -> r.candidate().equals(candidate))
            .map(ExerciseRating::rater)
            .filter(r -> !r.equals(caller.username()))
            .distinct()
            .count();
    return new RatingSheet(
        bundleId,
        bundle.name(),
        kind,
        exerciseName,
        candidate,
        rubricView(rubric),
        history.stream().filter(ExerciseRating::isCurrent).map(ExerciseRatings::given).toList(),
        history.stream().filter(r -> !r.isCurrent()).map(ExerciseRatings::given).toList(),
        (int) others);
  }

  /**
   * Records the caller's ratings of one candidate in one exercise: one per criterion of the rubric
   * the bundle uses now. A criterion whose level or note changed gets a new revision (the old one
   * stays as history); an unchanged one is kept.
   *
   * @return how many criteria got a new revision
   * @throws Rejected when a criterion is missing, unknown or rated twice, or a level is outside 1–5
   * @throws AccessDenied (recorded) if the candidate does not share with the organisation now
   */
  public int submit(long bundleId, String kind, String candidate, List<CriterionRating> given) {
    BundleDetail bundle = bundles.detail(bundleId);
    exerciseName(bundle, kind);
    requireShared(candidate, bundleId);
    RubricVersion rubric = effectiveRubric(kind, bundleId);
    Map<String, CriterionRating> byCode = new LinkedHashMap<>();
    for (CriterionRating r : given) {
      if (byCode.put(r.criterion(), r) != null) {
        throw new Rejected("ratings", "Criterion '" + r.criterion() + "' is rated twice");
      }
    }
    for (RubricCriterion c : rubric.criteria()) {
      if (!byCode.containsKey(c.code())) {
        throw new Rejected("ratings", "Criterion '" + c.name() + "' needs a level");
      }
    }
    Set<String> codes =
        rubric.criteria().stream().map(RubricCriterion::code).collect(Collectors.toSet());
    for (String code : byCode.keySet()) {
      if (!codes.contains(code)) {
        throw new Rejected("ratings", "The rubric has no criterion '" + code + "'");
      }
    }
    Map<String, ExerciseRating> currentMine = new HashMap<>();
    int revision = 0;
    for (ExerciseRating r : ratings.history(bundleId, kind, candidate, caller.username())) {
      revision = Math.max(revision, r.revision());
      if (r.isCurrent()) {
        currentMine.put(r.criterion(), r);
      }
    }
    String organisation = caller.organisation().orElseThrow();
    ExerciseRating.Context context =
        new ExerciseRating.Context(
            organisation, bundleId, kind, candidate, caller.username(), displayName());
    Instant now = clock.instant();
    List<String> changed = new ArrayList<>();
    for (CriterionRating r : byCode.values()) {
      ExerciseRating before = currentMine.get(r.criterion());
      String note = r.note() == null ? "" : r.note().strip();
      if (before != null
          && before.level() == r.level()
          && before.note().equals(note)
          && before.rubricVersion().id().equals(rubric.id())) {
        continue;
      }
      ExerciseRating next =
          new ExerciseRating(context, rubric, r.criterion(), r.level(), note, revision + 1, now);
      if (before != null) {
        before.supersede();
      }
      ratings.add(next);
      changed.add(r.criterion() + "=" + r.level());
    }
    if (!changed.isEmpty()) {
      log.record(
          AuditAction.EXERCISE_RATED,
          "exercise " + kind + " of " + candidate + " in bundle " + bundleId,
          (currentMine.isEmpty() ? "first rating" : "revision " + (revision + 1))
              + " on rubric "
              + rubric.rubric().scope()
              + " v"
              + rubric.number()
              + ": "
              + String.join(", ", changed));
    }
    return changed.size();
  }

  /**
   * Releases the interviewers' notes of one exercise to the candidate rated in it: from then on the
   * candidate's "exercises recorded for you" shows the current notes per criterion, without rater
   * names or levels. Only an employer of the bundle's organisation may release, only to a candidate
   * who shares with the organisation now and has been rated in the exercise. Releasing twice
   * changes nothing; a release cannot be taken back.
   *
   * @return true if this call released the notes, false if they were released already
   * @throws AccessDenied (recorded) for another organisation's bundle or a candidate who does not
   *     share with the organisation now
   * @throws IllegalArgumentException when the bundle lists no such exercise or nobody rated the
   *     candidate in it
   */
  public boolean releaseNotes(long bundleId, String kind, String candidate) {
    BundleDetail bundle = bundles.detail(bundleId);
    String exerciseName = exerciseName(bundle, kind);
    requireShared(candidate, bundleId);
    boolean rated =
        ratings.current(bundleId, kind).stream().anyMatch(r -> r.candidate().equals(candidate));
    if (!rated) {
      throw new IllegalArgumentException(
          "Nobody has rated " + candidate + " in " + exerciseName + " yet: no notes to release");
    }
    if (ratings.isReleased(bundleId, kind, candidate)) {
      return false;
    }
    ratings.addRelease(
        new NotesRelease(
            caller.organisation().orElseThrow(),
            bundleId,
            kind,
            candidate,
            caller.username(),
            clock.instant()));
    log.record(
        AuditAction.EXERCISE_NOTES_RELEASED,
        "exercise " + kind + " of " + candidate + " in bundle " + bundleId,
        "interviewers' notes released to the candidate (not revocable)");
    return true;
  }

  /**
   * Agreement between the organisation's interviewers in every rateable exercise of the bundle, per
   * criterion of the rubric the bundle uses now.
   */
  public List<ExerciseAgreement> agreement(long bundleId) {
    BundleDetail bundle = bundles.detail(bundleId);
    List<ExerciseAgreement> result = new ArrayList<>();
    for (RatingOverview.Exercise e : exercises(bundle, bundleId)) {
      if (!e.rateable()) {
        continue;
      }
      RubricVersion rubric = effectiveRubric(e.kind(), bundleId);
      List<ExerciseRating> current = ratings.current(bundleId, e.kind());
      List<ExerciseAgreement.CriterionAgreement> criteria = new ArrayList<>();
      for (RubricCriterion c : rubric.criteria()) {
        criteria.add(criterionAgreement(current, c));
      }
      result.add(
          new ExerciseAgreement(
              e.kind(),
              e.name(),
              rubricView(rubric),
              (int) current.stream().map(ExerciseRating::candidate).distinct().count(),
              (int) current.stream().map(ExerciseRating::rater).distinct().count(),
              criteria));
    }
    return result;
  }

  /**
   * The exercise results of some candidates in the bundle's rateable exercises, for the comparison
   * and side-by-side views. A candidate who does not share with the organisation now gets none; a
   * result the caller has not rated themselves is returned hidden ({@link ExerciseResult#visible()}
   * false).
   *
   * @return per candidate (in the order given) their results, one per rateable exercise
   */
  public Map<String, List<ExerciseResult>> results(long bundleId, Collection<String> candidates) {
    BundleDetail bundle = bundles.detail(bundleId);
    List<RatingOverview.Exercise> exercises =
        exercises(bundle, bundleId).stream().filter(RatingOverview.Exercise::rateable).toList();
    Map<String, List<ExerciseResult>> result = new LinkedHashMap<>();
    if (exercises.isEmpty()) {
      return result;
    }
    List<ExerciseRating> current = ratings.current(bundleId);
    Map<String, RubricVersion> rubricOf = new HashMap<>();
    for (RatingOverview.Exercise e : exercises) {
      rubricOf.put(e.kind(), effectiveRubric(e.kind(), bundleId));
    }
    for (String candidate : candidates) {
      // One indexed count per candidate shown (a page holds at most 25), rather than reading
      // every sharing candidate of an organisation that may have 100,000.
      if (!sharing.isSharedWithCaller(candidate)) {
        continue;
      }
      List<ExerciseResult> list = new ArrayList<>();
      for (RatingOverview.Exercise e : exercises) {
        RubricVersion rubric = rubricOf.get(e.kind());
        List<ExerciseRating> mine =
            current.stream()
                .filter(r -> r.candidate().equals(candidate) && r.exerciseKind().equals(e.kind()))
                .toList();
        list.add(result(candidate, e, rubric, mine));
      }
      result.put(candidate, list);
    }
    return result;
  }

  /** The exercises recorded for the calling candidate: organisation, rubric, how many raters. */
  public List<RecordedExercise> recordedForMe() {
    guard.requireRole(Caller.CANDIDATE, "the exercises recorded for you");
    Map<String, List<ExerciseRating>> groups = new TreeMap<>();
    for (ExerciseRating r : ratings.currentOfCandidate(caller.username())) {
      groups
          .computeIfAbsent(
              r.organisation() + "\u0000" + r.bundleId() + "\u0000" + r.exerciseKind(),
              k -> new ArrayList<>())
          .add(r);
    }
    Set<String> released =
        ratings.releasesTo(caller.username()).stream()
            .map(n -> n.organisation() + "\u0000" + n.bundleId() + "\u0000" + n.exerciseKind())
            .collect(Collectors.toSet());
    List<RecordedExercise> recorded = new ArrayList<>();
    for (Map.Entry<String, List<ExerciseRating>> entry : groups.entrySet()) {
      List<ExerciseRating> group = entry.getValue();
      ExerciseRating newest =
          group.stream().max(Comparator.comparing(ExerciseRating::ratedAt)).orElseThrow();
      RubricVersion rubric = newest.rubricVersion();
      boolean notesReleased = released.contains(entry.getKey());
      recorded.add(
          new RecordedExercise(
              newest.organisation(),
              newest.exerciseKind(),
              rubric.title(),
              rubric.number(),
              !Rubric.PORTAL.equals(rubric.rubric().scope()),
              rubric.criteria().stream().map(RubricCriterion::name).toList(),
              (int) group.stream().map(ExerciseRating::rater).distinct().count(),
              newest.ratedAt(),
              notesReleased,
              notesReleased ? releasedNotes(rubric, group) : List.of()));
    }
    return recorded;
  }

  /**
   * The non-blank current notes of one exercise per criterion of the rubric, in the rubric's order.
   * Notes are sorted by their text, so neither rater names nor the order of rating can be read off.
   */
  private static List<RecordedExercise.CriterionNotes> releasedNotes(
      RubricVersion rubric, List<ExerciseRating> group) {
    List<RecordedExercise.CriterionNotes> notes = new ArrayList<>();
    for (RubricCriterion c : rubric.criteria()) {
      List<String> texts =
          group.stream()
              .filter(r -> r.criterion().equals(c.code()) && !r.note().isBlank())
              .map(ExerciseRating::note)
              .sorted()
              .toList();
      notes.add(new RecordedExercise.CriterionNotes(c.code(), c.name(), texts));
    }
    return notes;
  }

  private ExerciseResult result(
      String candidate, RatingOverview.Exercise e, RubricVersion rubric, List<ExerciseRating> all) {
    int raters = (int) all.stream().map(ExerciseRating::rater).distinct().count();
    boolean visible = all.stream().anyMatch(r -> r.rater().equals(caller.username()));
    if (!visible) {
      return new ExerciseResult(
          candidate, e.kind(), e.name(), false, raters, Double.NaN, List.of());
    }
    List<ExerciseResult.CriterionResult> criteria = new ArrayList<>();
    double sum = 0;
    int counted = 0;
    for (RubricCriterion c : rubric.criteria()) {
      double[] levels =
          all.stream()
              .filter(r -> r.criterion().equals(c.code()))
              .mapToDouble(ExerciseRating::level)
              .toArray();
      RatingSummary s = RatingSummary.of(levels);
      criteria.add(
          new ExerciseResult.CriterionResult(
              c.code(), c.name(), s.count(), s.mean(), s.standardDeviation()));
      if (s.count() > 0) {
        sum += s.mean();
        counted++;
      }
    }
    return new ExerciseResult(
        candidate,
        e.kind(),
        e.name(),
        true,
        raters,
        counted == 0 ? Double.NaN : sum / counted,
        criteria);
  }

  /** Agreement on one criterion; package-visible for tests of the reliance rule. */
  static ExerciseAgreement.CriterionAgreement criterionAgreement(
      List<ExerciseRating> current, RubricCriterion criterion) {
    Optional<Ratings> table = AgreementTable.of(current, criterion.code());
    if (table.isEmpty()) {
      ExerciseAgreement.Coefficient none =
          new ExerciseAgreement.Coefficient("", Double.NaN, "fewer than two interviewers rated");
      return new ExerciseAgreement.CriterionAgreement(
          criterion.code(),
          criterion.name(),
          0,
          0,
          named(none, "alpha_ordinal"),
          named(none, "alpha_interval"),
          named(none, "alpha_nominal"),
          named(none, "alpha_ratio"),
          List.of(),
          Reliance.UNDEFINED);
    }
    Ratings r = table.get();
    Alpha ordinal = KrippendorffAlpha.of(r, Metric.ORDINAL);
    List<ExerciseAgreement.Coefficient> icc = new ArrayList<>();
    if (r.isComplete() && r.units() >= 2) {
      IntraclassCorrelations c = IntraclassCorrelations.of(r);
      icc.add(coefficient("icc1", c.icc1()));
      icc.add(coefficient("icc2", c.icc2()));
      icc.add(coefficient("icc3", c.icc3()));
      icc.add(coefficient("icc1k", c.icc1k()));
      icc.add(coefficient("icc2k", c.icc2k()));
      icc.add(coefficient("icc3k", c.icc3k()));
    }
    return new ExerciseAgreement.CriterionAgreement(
        criterion.code(),
        criterion.name(),
        ordinal.pairableUnits(),
        ordinal.pairableValues(),
        coefficient(ordinal),
        coefficient(KrippendorffAlpha.of(r, Metric.INTERVAL)),
        coefficient(KrippendorffAlpha.of(r, Metric.NOMINAL)),
        coefficient(KrippendorffAlpha.of(r, Metric.RATIO)),
        icc,
        reliance(ordinal));
  }

  /**
   * The reliance rule: undefined α → {@link Reliance#UNDEFINED}; fewer than {@link
   * ExerciseAgreement#MIN_UNITS} pairable candidates → {@link Reliance#TOO_FEW}; else by
   * Krippendorff's thresholds 0.800 and 0.667.
   */
  static Reliance reliance(Alpha ordinal) {
    if (!ordinal.isDefined()) {
      return Reliance.UNDEFINED;
    }
    if (ordinal.pairableUnits() < ExerciseAgreement.MIN_UNITS) {
      return Reliance.TOO_FEW;
    }
    if (ordinal.value() >= RELY) {
      return Reliance.RELIABLE;
    }
    return ordinal.value() >= TENTATIVE ? Reliance.TENTATIVE : Reliance.UNRELIABLE;
  }

  private static ExerciseAgreement.Coefficient named(ExerciseAgreement.Coefficient c, String name) {
    return new ExerciseAgreement.Coefficient(name, c.value(), c.undefinedBecause());
  }

  private static ExerciseAgreement.Coefficient coefficient(Alpha a) {
    return new ExerciseAgreement.Coefficient(
        "alpha_" + a.metric().name().toLowerCase(Locale.ROOT), a.value(), a.undefinedBecause());
  }

  private static ExerciseAgreement.Coefficient coefficient(String name, double value) {
    return new ExerciseAgreement.Coefficient(
        name, value, Double.isNaN(value) ? "no variation between candidates" : "");
  }

  private List<RatingOverview.Exercise> exercises(BundleDetail bundle, long bundleId) {
    Map<String, RatingOverview.Exercise> byKind = new LinkedHashMap<>();
    for (BundleSettings.Exercise e : bundle.latest().exercises()) {
      byKind.putIfAbsent(
          e.kind(),
          new RatingOverview.Exercise(
              e.kind(), e.name(), rubrics.effective(e.kind(), bundleId).isPresent()));
    }
    return List.copyOf(byKind.values());
  }

  private String exerciseName(BundleDetail bundle, String kind) {
    return bundle.latest().exercises().stream()
        .filter(e -> e.kind().equals(kind))
        .map(BundleSettings.Exercise::name)
        .findFirst()
        .orElseThrow(
            () -> new NotFound("Bundle '" + bundle.name() + "' lists no exercise of kind " + kind));
  }

  private void requireShared(String candidate, long bundleId) {
    if (!sharing.isSharedWithCaller(candidate)) {
      String what = "exercise ratings of " + candidate + " in bundle " + bundleId;
      throw guard.refuse(what, "the candidate does not share with the organisation now");
    }
  }

  private RubricVersion effectiveRubric(String kind, long bundleId) {
    return rubrics
        .effective(kind, bundleId)
        .flatMap(Rubric::latest)
        .orElseThrow(() -> new NotFound("No rubric for exercise " + kind));
  }

  private String displayName() {
    String name = caller.displayName();
    return name == null || name.isBlank() ? caller.username() : name;
  }

  private static RatingSheet.GivenRating given(ExerciseRating r) {
    return new RatingSheet.GivenRating(
        r.criterion(), r.level(), r.note(), r.revision(), r.rubricVersion().number(), r.ratedAt());
  }

  private static RubricView rubricView(RubricVersion v) {
    return new RubricView(
        v.rubric().kind(),
        v.rubric().scope(),
        v.number(),
        v.rubric().latestNumber(),
        v.title(),
        v.description(),
        v.criteria().stream()
            .map(c -> new RubricView.Criterion(c.code(), c.name(), c.description(), c.levels()))
            .toList(),
        v.basedOn(),
        v.savedBy(),
        v.savedAt());
  }
}
