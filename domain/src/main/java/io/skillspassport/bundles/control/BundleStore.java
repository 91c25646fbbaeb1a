package io.skillspassport.bundles.control;

import io.skillspassport.bundles.entity.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds and stores {@link Bundle} aggregates. Runs inside the caller's transaction. */
@ApplicationScoped
public class BundleStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected BundleStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public BundleStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public Optional<Bundle> byId(long id) {
    return Optional.ofNullable(em.find(Bundle.class, id));
  }

  /** The organisation's bundles: active ones first, then by name. */
  public List<Bundle> ofOrganisation(String organisation) {
    return em.createQuery(
            "select b from Bundle b where b.organisation = :organisation"
                + " order by b.archived, b.name, b.id",
            Bundle.class)
        .setParameter("organisation", organisation)
        .getResultList();
  }

  public Bundle add(Bundle bundle) {
    em.persist(bundle);
    return bundle;
  }

  /** Writes pending changes now, so a concurrent save fails here rather than at commit. */
  public void flush() {
    em.flush();
  }
}
