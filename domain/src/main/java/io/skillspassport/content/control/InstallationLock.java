package io.skillspassport.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * Serialises the shipped-content installation across portal instances sharing one database.
 *
 * <p>Why a row lock. Installing is "read what is there, insert what is missing" in one transaction.
 * Two clustered instances starting together both read "missing" and both insert, and the later
 * commit fails on the unique slug (the known issue this replaces). {@link #take()} locks the one
 * row of {@code content_installation_lock} ({@code SELECT … FOR UPDATE}, migration V14) before the
 * first read: the second installer blocks until the first commits or rolls back, and under READ
 * COMMITTED (the default of PostgreSQL and H2) its following reads see the committed content, so it
 * installs nothing twice. The lock ends with the transaction, also when an instance dies
 * mid-install (the database ends its session).
 */
@ApplicationScoped
public class InstallationLock {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected InstallationLock() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public InstallationLock(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /**
   * Waits for, then holds until the end of the caller's transaction, the installation lock. Must
   * run inside a transaction, before anything of the installation is read.
   */
  public void take() {
    em.createNativeQuery("select id from content_installation_lock where id = 1 for update")
        .getResultList();
  }
}
