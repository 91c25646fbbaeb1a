package io.skillspassport.roles.boundary;

import io.skillspassport.assessments.boundary.TestFamilies;
import io.skillspassport.roles.control.RoleStore;
import jakarta.persistence.EntityManager;

/** Builds the public {@link Roles} boundary outside a container, for other components' tests. */
public final class TestRoles {

  private TestRoles() {}

  public static Roles of(EntityManager em) {
    Roles roles = new Roles();
    roles.store = new RoleStore(em);
    roles.pages = new RolePages();
    roles.pages.store = roles.store;
    roles.pages.families = TestFamilies.of(em);
    return roles;
  }
}
