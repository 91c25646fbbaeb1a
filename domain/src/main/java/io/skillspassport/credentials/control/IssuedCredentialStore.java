package io.skillspassport.credentials.control;

import io.skillspassport.credentials.entity.IssuedCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores and finds issued credentials. Runs inside the caller's transaction. */
@ApplicationScoped
public class IssuedCredentialStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected IssuedCredentialStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public IssuedCredentialStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Persists a new credential, which draws its id (and so its status slot) from the sequence. */
  public IssuedCredential add(IssuedCredential credential) {
    em.persist(credential);
    return credential;
  }

  /** A candidate's credentials, newest first. */
  public List<IssuedCredential> ofCandidate(String candidate) {
    return em.createQuery(
            "select c from IssuedCredential c where c.candidate = :candidate"
                + " order by c.issuedAt desc, c.id desc",
            IssuedCredential.class)
        .setParameter("candidate", candidate)
        .getResultList();
  }

  public Optional<IssuedCredential> byId(long id) {
    return Optional.ofNullable(em.find(IssuedCredential.class, id));
  }

  public Optional<IssuedCredential> byShortCode(String code) {
    return em.createQuery(
            "select c from IssuedCredential c where c.shortCode = :code", IssuedCredential.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<IssuedCredential> byCredentialId(String credentialId) {
    return em.createQuery(
            "select c from IssuedCredential c where c.credentialId = :id", IssuedCredential.class)
        .setParameter("id", credentialId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The status indices of list {@code list} whose bit is set at {@code now}: revoked, or past their
   * validity.
   */
  public List<Integer> retiredIndices(int list, Instant now) {
    return em.createQuery(
            "select c.statusIndex from IssuedCredential c where c.statusList = :list"
                + " and (c.revokedAt is not null or c.validUntil <= :now)",
            Integer.class)
        .setParameter("list", list)
        .setParameter("now", now)
        .getResultList();
  }

  /** Whether any credential was issued on list {@code list}. */
  public boolean listExists(int list) {
    return em.createQuery(
                "select count(c) from IssuedCredential c where c.statusList = :list", Long.class)
            .setParameter("list", list)
            .getSingleResult()
        > 0;
  }

  /**
   * The candidate's unrevoked credentials that carry a result of {@code familyCode} measured before
   * {@code measuredAt}: the ones a newer result supersedes.
   */
  public List<IssuedCredential> supersededBy(
      String candidate, String familyCode, Instant measuredAt) {
    return em.createQuery(
            "select distinct c from IssuedCredential c join c.families f"
                + " where c.candidate = :candidate and c.revokedAt is null"
                + " and f.familyCode = :family and f.measuredAt < :measuredAt",
            IssuedCredential.class)
        .setParameter("candidate", candidate)
        .setParameter("family", familyCode)
        .setParameter("measuredAt", measuredAt)
        .getResultList();
  }

  /**
   * The candidate's unrevoked credentials that carry the result of {@code familyCode} measured at
   * {@code measuredAt}: the ones a withdrawal of that result retires.
   */
  public List<IssuedCredential> carrying(String candidate, String familyCode, Instant measuredAt) {
    return em.createQuery(
            "select distinct c from IssuedCredential c join c.families f"
                + " where c.candidate = :candidate and c.revokedAt is null"
                + " and f.familyCode = :family and f.measuredAt = :measuredAt",
            IssuedCredential.class)
        .setParameter("candidate", candidate)
        .setParameter("family", familyCode)
        .setParameter("measuredAt", measuredAt)
        .getResultList();
  }
}
