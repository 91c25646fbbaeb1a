package io.skillspassport.assessments.control;

import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.assessments.entity.AttemptStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds and stores candidates' attempts. Runs inside the caller's transaction. */
@ApplicationScoped
public class AttemptStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected AttemptStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public AttemptStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** The unique constraint that allows one attempt in progress per candidate and family. */
  public static final String ONE_IN_PROGRESS = "assessment_attempt_one_in_progress";

  public AssessmentAttempt add(AssessmentAttempt attempt) {
    em.persist(attempt);
    return attempt;
  }

  /**
   * Inserts a new attempt at once, so that a concurrent start of the same family fails here, on
   * {@link #ONE_IN_PROGRESS}, rather than at commit.
   *
   * @throws jakarta.persistence.PersistenceException when the database refuses it
   */
  public AssessmentAttempt addNow(AssessmentAttempt attempt) {
    em.persist(attempt);
    em.flush();
    return attempt;
  }

  /** Writes pending changes now, so a concurrent change of the same attempt fails here. */
  public void flush() {
    em.flush();
  }

  public Optional<AssessmentAttempt> byId(long id) {
    return Optional.ofNullable(em.find(AssessmentAttempt.class, id));
  }

  /** The candidate's attempt of the family still in progress, if any (there is at most one). */
  public Optional<AssessmentAttempt> inProgress(String candidate, String familyCode) {
    return ofCandidate(candidate, familyCode).stream()
        .filter(AssessmentAttempt::isInProgress)
        .findFirst();
  }

  /**
   * The candidate's most recently ended attempt of the family (scored, or ended before the minimum
   * without a score), if any.
   */
  public Optional<AssessmentAttempt> lastSubmitted(String candidate, String familyCode) {
    return em.createQuery(
            "select a from AssessmentAttempt a where a.candidate = :candidate"
                + " and a.familyCode = :family and a.status in :status"
                + " order by a.submittedAt desc, a.id desc",
            AssessmentAttempt.class)
        .setParameter("candidate", candidate)
        .setParameter("family", familyCode)
        .setParameter("status", List.of(AttemptStatus.SUBMITTED, AttemptStatus.ENDED_UNSCORED))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The candidate's attempts of the family, newest first. */
  public List<AssessmentAttempt> ofCandidate(String candidate, String familyCode) {
    return em.createQuery(
            "select a from AssessmentAttempt a where a.candidate = :candidate"
                + " and a.familyCode = :family order by a.startedAt desc, a.id desc",
            AssessmentAttempt.class)
        .setParameter("candidate", candidate)
        .setParameter("family", familyCode)
        .getResultList();
  }

  /**
   * The family's ended attempts with their answers (scored, or ended before the minimum without a
   * score: their responses are real responses all the same), oldest first.
   */
  public List<AssessmentAttempt> finished(String familyCode) {
    return em
        .createQuery(
            "select distinct a from AssessmentAttempt a left join fetch a.answers"
                + " where a.familyCode = :family and a.status in :status",
            AssessmentAttempt.class)
        .setParameter("family", familyCode)
        .setParameter("status", List.of(AttemptStatus.SUBMITTED, AttemptStatus.ENDED_UNSCORED))
        .getResultList()
        .stream()
        .sorted(java.util.Comparator.comparing(AssessmentAttempt::id))
        .toList();
  }
}
