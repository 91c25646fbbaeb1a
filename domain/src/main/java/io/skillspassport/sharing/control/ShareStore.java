package io.skillspassport.sharing.control;

import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.sharing.entity.PassportViewing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  public PassportShare add(PassportShare share) {
    em.persist(share);
    return share;
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

  /** Who looked at a candidate's passport, newest first. */
  public List<PassportViewing> viewingsOf(String candidate, int max) {
    return em.createQuery(
            "select v from PassportViewing v where v.candidate = :candidate"
                + " order by v.viewedAt desc, v.id desc",
            PassportViewing.class)
        .setParameter("candidate", candidate)
        .setMaxResults(max)
        .getResultList();
  }
}
