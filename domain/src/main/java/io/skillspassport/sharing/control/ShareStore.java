package io.skillspassport.sharing.control;

import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.sharing.entity.PassportViewing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Stores and finds shares and viewings. Runs inside the caller's transaction. */
@ApplicationScoped
public class ShareStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected ShareStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public ShareStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** The unique constraint that allows one current share per candidate and organisation. */
  public static final String ONE_CURRENT = "passport_share_one_current";

  public PassportShare add(PassportShare share) {
    em.persist(share);
    return share;
  }

  /**
   * Inserts a new share at once, so that a concurrent share with the same organisation fails here,
   * on {@link #ONE_CURRENT}, rather than at commit.
   *
   * @throws jakarta.persistence.PersistenceException when the database refuses it
   */
  public PassportShare addNow(PassportShare share) {
    em.persist(share);
    em.flush();
    return share;
  }

  /** Writes pending changes now, so that a concurrent change of the same share fails here. */
  public void flush() {
    em.flush();
  }

  /** The candidate's current share with the organisation (active or expired), if any. */
  public Optional<PassportShare> current(String candidate, String organisation) {
    return em.createQuery(
            "select s from PassportShare s where s.candidate = :candidate"
                + " and s.organisation = :organisation and s.currentMarker is not null",
            PassportShare.class)
        .setParameter("candidate", candidate)
        .setParameter("organisation", organisation)
        .getResultStream()
        .findFirst();
  }

  public Optional<PassportShare> byId(long id) {
    return Optional.ofNullable(em.find(PassportShare.class, id));
  }

  /** Every share a candidate ever gave, newest first. */
  public List<PassportShare> ofCandidate(String candidate) {
    return em.createQuery(
            "select s from PassportShare s where s.candidate = :candidate"
                + " order by s.sharedAt desc, s.id desc",
            PassportShare.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }

  /**
   * The candidates who share with {@code organisation} at {@code now}: the database filters out
   * revoked and expired shares.
   */
  public List<String> candidatesSharingWith(String organisation, Instant now) {
    return em.createQuery(
            "select distinct s.candidate from PassportShare s where s.organisation = :organisation"
                + " and s.revokedAt is null and (s.expiresAt is null or s.expiresAt > :now)"
                + " order by s.candidate",
            String.class)
        .setParameter("organisation", organisation)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * The display name of each candidate who shares with {@code organisation} at {@code now}, by user
   * name (the user name where none was recorded).
   */
  public Map<String, String> namesSharingWith(String organisation, Instant now) {
    Map<String, String> names = new TreeMap<>();
    em.createQuery(
            "select s.candidate, s.candidateName from PassportShare s"
                + " where s.organisation = :organisation"
                + " and s.revokedAt is null and (s.expiresAt is null or s.expiresAt > :now)",
            Object[].class)
        .setParameter("organisation", organisation)
        .setParameter("now", now)
        .getResultList()
        .forEach(
            r -> {
              String name = (String) r[1];
              names.put((String) r[0], name == null || name.isBlank() ? (String) r[0] : name);
            });
    return names;
  }

  /** Whether {@code candidate} shares with {@code organisation} at {@code now}. */
  public boolean isShared(String candidate, String organisation, Instant now) {
    return em.createQuery(
                "select count(s) from PassportShare s where s.candidate = :candidate"
                    + " and s.organisation = :organisation and s.revokedAt is null"
                    + " and (s.expiresAt is null or s.expiresAt > :now)",
                Long.class)
            .setParameter("candidate", candidate)
            .setParameter("organisation", organisation)
            .setParameter("now", now)
            .getSingleResult()
        > 0;
  }

  public PassportViewing addViewing(PassportViewing viewing) {
    em.persist(viewing);
    return viewing;
  }

  /** Who looked at a candidate's passport, newest first: the raw log, one row per view. */
  public List<PassportViewing> viewingsOf(String candidate, int max) {
    return em.createQuery(
            "select v from PassportViewing v where v.candidate = :candidate"
                + " order by v.viewedAt desc, v.id desc",
            PassportViewing.class)
        .setParameter("candidate", candidate)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * One page of a candidate's viewings counted per organisation and UTC day: newest day first, then
   * by organisation. Each row is the organisation's slug, the day and the number of views.
   */
  public List<ViewingCount> viewingDays(String candidate, int first, int max) {
    return em
        .createQuery(
            "select v.organisation, v.viewedOn, count(v) from PassportViewing v"
                + " where v.candidate = :candidate group by v.organisation, v.viewedOn"
                + " order by v.viewedOn desc, v.organisation",
            Object[].class)
        .setParameter("candidate", candidate)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> new ViewingCount((String) r[0], (LocalDate) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  /** How many (organisation, day) rows {@link #viewingDays} has for the candidate in all. */
  public long countViewingDays(String candidate) {
    Object count =
        em.createNativeQuery(
                "select count(*) from (select distinct organisation, viewed_on"
                    + " from passport_viewing where candidate = ?) days")
            .setParameter(1, candidate)
            .getSingleResult();
    return ((Number) count).longValue();
  }

  /** Views of one candidate's passport by one organisation on one UTC day. */
  public record ViewingCount(String organisation, LocalDate day, long views) {}
}
