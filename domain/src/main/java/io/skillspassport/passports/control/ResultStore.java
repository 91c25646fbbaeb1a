package io.skillspassport.passports.control;

import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.boundary.ResultRecorded;
import io.skillspassport.passports.entity.FamilyResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Stores and finds passport results. Runs inside the caller's transaction. */
@ApplicationScoped
public class ResultStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  /** Tells observers (exported credentials) about every new result; absent outside a container. */
  @Inject Event<ResultRecorded> recorded;

  protected ResultStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public ResultStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public FamilyResult add(FamilyResult result) {
    em.persist(result);
    if (recorded != null) {
      recorded.fire(
          new ResultRecorded(result.candidate(), result.familyCode(), result.measuredAt()));
    }
    return result;
  }

  /** Writes the pending inserts now, so that other tables may refer to a new result by id. */
  public void flush() {
    em.flush();
  }

  /** Every result of a candidate that was not withdrawn, newest first: the history. */
  public List<FamilyResult> history(String candidate) {
    return em.createQuery(
            "select r from FamilyResult r where r.candidate = :candidate"
                + " and r.withdrawnAt is null order by r.measuredAt desc, r.id desc",
            FamilyResult.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }

  /** Every result of a candidate, withdrawn ones included, newest first: what an admin sees. */
  public List<FamilyResult> all(String candidate) {
    return em.createQuery(
            "select r from FamilyResult r where r.candidate = :candidate"
                + " order by r.measuredAt desc, r.id desc",
            FamilyResult.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }

  /** The candidate's withdrawn results, most recently withdrawn first. */
  public List<FamilyResult> withdrawn(String candidate) {
    return em.createQuery(
            "select r from FamilyResult r where r.candidate = :candidate"
                + " and r.withdrawnAt is not null order by r.withdrawnAt desc, r.id desc",
            FamilyResult.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }

  public Optional<FamilyResult> byId(long id) {
    return Optional.ofNullable(em.find(FamilyResult.class, id));
  }

  /**
   * The candidate's current passport at {@code now}: per family the result the current-score rule
   * of {@link Provenance} prefers among those not expired (highest assurance, then newest).
   */
  public Map<String, FamilyResult> current(String candidate, Instant now) {
    return current(history(candidate), now);
  }

  /**
   * The current passport at {@code now} among {@code results} (any order, withdrawn ones allowed):
   * the same rule as {@link #current(String, Instant)}, for a caller that has read them already.
   */
  public static Map<String, FamilyResult> current(List<FamilyResult> results, Instant now) {
    Map<String, FamilyResult> current = new LinkedHashMap<>();
    for (FamilyResult r : results) {
      if (r.isCurrentAt(now)) {
        current.merge(r.familyCode(), r, ResultStore::preferred);
      }
    }
    return current;
  }

  private static FamilyResult preferred(FamilyResult a, FamilyResult b) {
    return Provenance.preferred(
            b.provenance(), b.measuredAt(), b.id(), a.provenance(), a.measuredAt(), a.id())
        ? b
        : a;
  }

  /**
   * The current results of many candidates at once, by the current-score rule, in one query: for
   * ranking an organisation's shared candidates without one query per candidate.
   */
  public List<FamilyResult> currentOf(Collection<String> candidates, Instant now) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, FamilyResult> current = new LinkedHashMap<>();
    em.createQuery(
            "select r from FamilyResult r where r.candidate in :candidates and r.expiresAt > :now"
                + " and r.withdrawnAt is null"
                + " order by r.candidate, r.familyCode",
            FamilyResult.class)
        .setParameter("candidates", candidates)
        .setParameter("now", now)
        .getResultList()
        .forEach(
            r -> current.merge(r.candidate() + "\n" + r.familyCode(), r, ResultStore::preferred));
    return List.copyOf(current.values());
  }
}
