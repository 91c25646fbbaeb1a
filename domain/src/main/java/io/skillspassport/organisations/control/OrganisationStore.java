package io.skillspassport.organisations.control;

import io.skillspassport.organisations.entity.EmployerOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores and finds employer organisations. Runs inside the caller's transaction. */
@ApplicationScoped
public class OrganisationStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected OrganisationStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public OrganisationStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public List<EmployerOrganisation> all() {
    return em.createQuery(
            "select o from EmployerOrganisation o order by o.name", EmployerOrganisation.class)
        .getResultList();
  }

  public Optional<EmployerOrganisation> bySlug(String slug) {
    return em.createQuery(
            "select o from EmployerOrganisation o where o.slug = :slug", EmployerOrganisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public EmployerOrganisation add(EmployerOrganisation organisation) {
    em.persist(organisation);
    return organisation;
  }

  /**
   * Writes pending changes now, so that the version the database gave the organisation (on insert
   * or update) is the one a boundary returns; a version read before the write is the old one, and
   * the next edit sent with it would be refused as a conflict.
   */
  public void flush() {
    em.flush();
  }
}
