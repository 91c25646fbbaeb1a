package io.skillspassport.assessments.control;

import io.skillspassport.assessments.entity.AssessmentFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds and stores {@link AssessmentFamily} entities. Runs inside the caller's transaction. */
@ApplicationScoped
public class FamilyStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected FamilyStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public FamilyStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** All families in display order. */
  public List<AssessmentFamily> all() {
    return em.createQuery(
            "select f from AssessmentFamily f order by f.displayOrder, f.code",
            AssessmentFamily.class)
        .getResultList();
  }

  public Optional<AssessmentFamily> byCode(String code) {
    return em.createQuery(
            "select f from AssessmentFamily f where f.code = :code", AssessmentFamily.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public AssessmentFamily add(AssessmentFamily family) {
    em.persist(family);
    return family;
  }

  /**
   * Writes pending changes now, so that the version the database gave the family (on insert or
   * update) is the one a boundary returns; a version read before the write is the old one, and the
   * next edit sent with it would be refused as a conflict.
   */
  public void flush() {
    em.flush();
  }
}
