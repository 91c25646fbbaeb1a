package io.skillspassport.exercises.control;

import io.skillspassport.exercises.entity.Rubric;
import io.skillspassport.exercises.entity.RubricVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores and finds rubrics and their versions. Runs inside the caller's transaction. */
@ApplicationScoped
public class RubricStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected RubricStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public RubricStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public Rubric add(Rubric rubric) {
    em.persist(rubric);
    return rubric;
  }

  /** The rubric of an exercise kind in a scope ({@link Rubric#PORTAL} or a bundle's). */
  public Optional<Rubric> find(String kind, String scope) {
    return em.createQuery(
            "select r from Rubric r where r.kind = :kind and r.scope = :scope", Rubric.class)
        .setParameter("kind", kind)
        .setParameter("scope", scope)
        .getResultStream()
        .findFirst();
  }

  /** The portal's rubrics, by kind. */
  public List<Rubric> portalRubrics() {
    return em.createQuery(
            "select r from Rubric r where r.scope = :scope order by r.kind", Rubric.class)
        .setParameter("scope", Rubric.PORTAL)
        .getResultList();
  }

  /**
   * The rubric a bundle rates an exercise kind on: its own adaptation if it made one, else the
   * portal's.
   */
  public Optional<Rubric> effective(String kind, long bundleId) {
    return find(kind, Rubric.bundleScope(bundleId)).or(() -> find(kind, Rubric.PORTAL));
  }

  public Optional<RubricVersion> version(long id) {
    return Optional.ofNullable(em.find(RubricVersion.class, id));
  }
}
