package io.skillspassport.roles.control;

import io.skillspassport.roles.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds and stores {@link Role} aggregates. Runs inside the caller's transaction. */
@ApplicationScoped
public class RoleStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected RoleStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public RoleStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public Optional<Role> bySlug(String slug) {
    return em.createQuery("select r from Role r where r.slug = :slug", Role.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean exists(String slug) {
    return em.createQuery("select count(r) from Role r where r.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  /** Every role with at least one published version, ordered by slug. */
  public List<Role> published() {
    return em.createQuery(
            "select distinct r from Role r join r.versions v"
                + " where v.status = io.skillspassport.roles.entity.ContentStatus.PUBLISHED"
                + " order by r.slug",
            Role.class)
        .getResultList();
  }

  /** The ids of every published version of every role, ascending. */
  public List<Long> publishedVersionIds() {
    return em.createQuery(
            "select v.id from RoleVersion v"
                + " where v.status = io.skillspassport.roles.entity.ContentStatus.PUBLISHED"
                + " order by v.id",
            Long.class)
        .getResultList();
  }

  public List<Role> all() {
    return em.createQuery("select r from Role r order by r.slug", Role.class).getResultList();
  }

  public Role add(Role role) {
    em.persist(role);
    return role;
  }
}
