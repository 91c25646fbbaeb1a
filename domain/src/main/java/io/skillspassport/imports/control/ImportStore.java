package io.skillspassport.imports.control;

import io.skillspassport.imports.entity.AssessmentEngine;
import io.skillspassport.imports.entity.CandidateCode;
import io.skillspassport.imports.entity.ImportStatus;
import io.skillspassport.imports.entity.ImportedResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores and finds engines, imported results and candidate codes. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ImportStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected ImportStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public ImportStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public AssessmentEngine add(AssessmentEngine engine) {
    em.persist(engine);
    return engine;
  }

  public ImportedResult add(ImportedResult result) {
    em.persist(result);
    em.flush();
    return result;
  }

  public CandidateCode add(CandidateCode code) {
    em.persist(code);
    em.flush();
    return code;
  }

  public List<AssessmentEngine> engines() {
    return em.createQuery(
            "select e from AssessmentEngine e order by e.name, e.id", AssessmentEngine.class)
        .getResultList();
  }

  public Optional<AssessmentEngine> engine(long id) {
    return Optional.ofNullable(em.find(AssessmentEngine.class, id));
  }

  public Optional<AssessmentEngine> engineOfClient(String clientId) {
    return em.createQuery(
            "select e from AssessmentEngine e where e.clientId = :client", AssessmentEngine.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  public Optional<ImportedResult> result(long id) {
    return Optional.ofNullable(em.find(ImportedResult.class, id));
  }

  public Optional<ImportedResult> byKey(AssessmentEngine engine, String key) {
    return em.createQuery(
            "select r from ImportedResult r where r.engine = :engine and r.idempotencyKey = :key",
            ImportedResult.class)
        .setParameter("engine", engine)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** A candidate's imported results in {@code status}, newest first. */
  public List<ImportedResult> ofCandidate(String candidate, ImportStatus status) {
    return em.createQuery(
            "select r from ImportedResult r join fetch r.engine where r.candidate = :candidate"
                + " and r.status = :status order by r.receivedAt desc, r.id desc",
            ImportedResult.class)
        .setParameter("candidate", candidate)
        .setParameter("status", status)
        .getResultList();
  }

  public long resultsOf(AssessmentEngine engine) {
    return em.createQuery(
            "select count(r) from ImportedResult r where r.engine = :engine", Long.class)
        .setParameter("engine", engine)
        .getSingleResult();
  }

  public Optional<CandidateCode> codeOf(String candidate) {
    return Optional.ofNullable(em.find(CandidateCode.class, candidate));
  }

  public Optional<CandidateCode> byCode(String code) {
    return em.createQuery("select c from CandidateCode c where c.code = :code", CandidateCode.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
