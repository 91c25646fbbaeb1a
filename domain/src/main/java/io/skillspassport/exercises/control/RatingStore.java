package io.skillspassport.exercises.control;

import io.skillspassport.exercises.entity.ExerciseRating;
import io.skillspassport.exercises.entity.NotesRelease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/** Stores and finds exercise ratings. Runs inside the caller's transaction. */
@ApplicationScoped
public class RatingStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected RatingStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public RatingStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public ExerciseRating add(ExerciseRating rating) {
    em.persist(rating);
    return rating;
  }

  /** The current ratings of every candidate by every rater in one exercise of a bundle. */
  public List<ExerciseRating> current(long bundleId, String kind) {
    return em.createQuery(
            "select r from ExerciseRating r where r.bundleId = :bundle and r.exerciseKind = :kind"
                + " and r.current = true order by r.candidate, r.rater, r.criterion",
            ExerciseRating.class)
        .setParameter("bundle", bundleId)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The current ratings of every exercise of a bundle. */
  public List<ExerciseRating> current(long bundleId) {
    return em.createQuery(
            "select r from ExerciseRating r where r.bundleId = :bundle and r.current = true"
                + " order by r.exerciseKind, r.candidate, r.rater, r.criterion",
            ExerciseRating.class)
        .setParameter("bundle", bundleId)
        .getResultList();
  }

  /**
   * Every rating one rater gave one candidate in one exercise, revisions included, newest first.
   */
  public List<ExerciseRating> history(long bundleId, String kind, String candidate, String rater) {
    return em.createQuery(
            "select r from ExerciseRating r where r.bundleId = :bundle and r.exerciseKind = :kind"
                + " and r.candidate = :candidate and r.rater = :rater"
                + " order by r.revision desc, r.criterion",
            ExerciseRating.class)
        .setParameter("bundle", bundleId)
        .setParameter("kind", kind)
        .setParameter("candidate", candidate)
        .setParameter("rater", rater)
        .getResultList();
  }

  /** The current ratings of one candidate, in every organisation. */
  public List<ExerciseRating> currentOfCandidate(String candidate) {
    return em.createQuery(
            "select r from ExerciseRating r where r.candidate = :candidate and r.current = true"
                + " order by r.organisation, r.bundleId, r.exerciseKind, r.ratedAt",
            ExerciseRating.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }

  public NotesRelease addRelease(NotesRelease release) {
    em.persist(release);
    return release;
  }

  /** Whether the notes of one exercise of a bundle are released to one candidate. */
  public boolean isReleased(long bundleId, String kind, String candidate) {
    return em.createQuery(
                "select count(n) from NotesRelease n where n.bundleId = :bundle"
                    + " and n.exerciseKind = :kind and n.candidate = :candidate",
                Long.class)
            .setParameter("bundle", bundleId)
            .setParameter("kind", kind)
            .setParameter("candidate", candidate)
            .getSingleResult()
        > 0;
  }

  /** Every release of notes in one bundle. */
  public List<NotesRelease> releases(long bundleId) {
    return em.createQuery(
            "select n from NotesRelease n where n.bundleId = :bundle", NotesRelease.class)
        .setParameter("bundle", bundleId)
        .getResultList();
  }

  /** Every release of notes to one candidate, in every organisation. */
  public List<NotesRelease> releasesTo(String candidate) {
    return em.createQuery(
            "select n from NotesRelease n where n.candidate = :candidate", NotesRelease.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }
}
