package io.skillspassport.exercises.boundary;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.bundles.boundary.BundleDetail;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.exercises.control.RubricStore;
import io.skillspassport.exercises.entity.Rubric;
import io.skillspassport.exercises.entity.RubricCriterion;
import io.skillspassport.exercises.entity.RubricVersion;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The rubrics of hiring-loop exercises: the portal's published ones (anyone may read them; admins
 * add versions), and a bundle's own adaptations (employers of the bundle's organisation).
 *
 * <p>Versions are immutable: an edit appends a version, and a save based on an older version than
 * the newest is refused with {@link Conflict}. Every save is audited. A rule broken by the draft is
 * an {@link Rejected} naming the field.
 */
@ApplicationScoped
@Transactional
public class Rubrics {

  @Inject RubricStore store;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject Caller caller;

  @Inject Bundles bundles;

  @Inject Clock clock;

  /** The newest version of each portal rubric, by kind; public. */
  public List<RubricView> published() {
    return store.portalRubrics().stream().map(r -> view(r.latest().orElseThrow())).toList();
  }

  /**
   * Every version of one portal rubric, newest first; admins only.
   *
   * @throws io.skillspassport.platform.boundary.NotFound for an unknown kind
   */
  public List<RubricView> history(String kind) {
    guard.requireAdmin("the rubric versions of " + kind);
    return portal(kind).versions().stream()
        .sorted(Comparator.comparingInt(RubricVersion::number).reversed())
        .map(this::view)
        .toList();
  }

  /**
   * Saves a new version of a portal rubric; admins only.
   *
   * @return the new version
   * @throws Conflict when another version was saved after {@code draft.basedOnNumber()}
   */
  public RubricView revise(String kind, RubricDraft draft) {
    guard.requireAdmin("editing the rubric of " + kind);
    Rubric rubric = portal(kind);
    RubricView saved =
        save(rubric, draft, "portal rubric v" + rubric.latestNumber() + " edited by an admin");
    log.record(
        AuditAction.RUBRIC_CHANGED,
        "rubric " + kind,
        "portal version " + saved.number() + ": " + saved.title());
    return saved;
  }

  /**
   * The rubric a bundle rates an exercise on (its own adaptation, else the portal's); employers of
   * the bundle's organisation only.
   *
   * @throws io.skillspassport.platform.boundary.NotFound if the bundle lists no exercise of that
   *     kind or no rubric exists for it
   */
  public RubricView forBundle(long bundleId, String kind) {
    requireExercise(bundleId, kind);
    return view(
        store
            .effective(kind, bundleId)
            .flatMap(Rubric::latest)
            .orElseThrow(() -> new NotFound("No rubric for exercise " + kind)));
  }

  /**
   * Saves the bundle's own version of an exercise's rubric (the first save copies from the portal's
   * newest version, whose number the draft names); employers of the bundle's organisation only.
   *
   * @throws Conflict when another version was saved after {@code draft.basedOnNumber()}
   */
  public RubricView adaptForBundle(long bundleId, String kind, RubricDraft draft) {
    String organisation = requireExercise(bundleId, kind);
    Rubric own = store.find(kind, Rubric.bundleScope(bundleId)).orElse(null);
    RubricView saved;
    if (own == null) {
      Rubric portalRubric = portal(kind);
      if (draft.basedOnNumber() != portalRubric.latestNumber()) {
        throw new Conflict(
            "The portal rubric has version "
                + portalRubric.latestNumber()
                + " now; reload before adapting it");
      }
      own = store.add(Rubric.ofBundle(kind, bundleId, organisation));
      saved =
          save(
              own,
              new RubricDraft(0, draft.title(), draft.description(), draft.criteria()),
              "adapted from portal rubric v" + portalRubric.latestNumber());
    } else {
      saved = save(own, draft, "bundle rubric v" + own.latestNumber() + " edited");
    }
    log.record(
        AuditAction.RUBRIC_CHANGED,
        "rubric " + kind + " of bundle " + bundleId,
        organisation + " version " + saved.number() + ": " + saved.title());
    return saved;
  }

  private RubricView save(Rubric rubric, RubricDraft draft, String basedOn) {
    if (draft.basedOnNumber() != rubric.latestNumber()) {
      throw new Conflict(
          "Version "
              + rubric.latestNumber()
              + " of this rubric was saved since you opened version "
              + draft.basedOnNumber()
              + "; reload it and make your change again");
    }
    List<RubricCriterion> criteria =
        draft.criteria().stream()
            .map(c -> new RubricCriterion(c.code(), c.name(), c.description(), c.levels()))
            .toList();
    return view(
        rubric.saveVersion(
            draft.basedOnNumber(),
            draft.title(),
            draft.description(),
            criteria,
            basedOn,
            caller.username(),
            clock.instant()));
  }

  /** Checks the caller may use the bundle and that it lists the exercise; the organisation. */
  private String requireExercise(long bundleId, String kind) {
    BundleDetail bundle = bundles.detail(bundleId);
    boolean listed = bundle.latest().exercises().stream().anyMatch(e -> e.kind().equals(kind));
    if (!listed) {
      throw new NotFound("Bundle '" + bundle.name() + "' lists no exercise of kind " + kind);
    }
    return caller.organisation().orElseThrow();
  }

  private Rubric portal(String kind) {
    return store
        .find(kind, Rubric.PORTAL)
        .orElseThrow(() -> new NotFound("No portal rubric for exercise " + kind));
  }

  /** Maps a version to the view record. */
  RubricView view(RubricVersion v) {
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
