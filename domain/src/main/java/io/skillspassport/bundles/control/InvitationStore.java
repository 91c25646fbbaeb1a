package io.skillspassport.bundles.control;

import io.skillspassport.bundles.entity.BundleInvitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores, finds and consumes {@link BundleInvitation}s. Runs inside the caller's transaction. */
@ApplicationScoped
public class InvitationStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected InvitationStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public InvitationStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public BundleInvitation add(BundleInvitation invitation) {
    em.persist(invitation);
    em.flush();
    return invitation;
  }

  public Optional<BundleInvitation> byId(long id) {
    return Optional.ofNullable(em.find(BundleInvitation.class, id));
  }

  public Optional<BundleInvitation> byTokenHash(String tokenHash) {
    return em.createQuery(
            "select i from BundleInvitation i where i.tokenHash = :hash", BundleInvitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /** The bundle's invitations, newest first. */
  public List<BundleInvitation> ofBundle(long bundleId) {
    return em.createQuery(
            "select i from BundleInvitation i where i.bundleId = :bundle"
                + " order by i.createdAt desc, i.id desc",
            BundleInvitation.class)
        .setParameter("bundle", bundleId)
        .getResultList();
  }

  /**
   * Marks the invitation accepted if, and only if, it is still open at {@code now}: one conditional
   * update, so that the database decides between simultaneous accepts (the row lock makes the
   * second wait, and it then finds the row no longer open and updates nothing).
   *
   * @return whether this call consumed the invitation
   */
  public boolean consume(String tokenHash, Instant now, String username, String displayName) {
    int changed =
        em.createQuery(
                "update BundleInvitation i set i.acceptedAt = :now, i.acceptedBy = :who,"
                    + " i.acceptedByName = :name, i.version = i.version + 1"
                    + " where i.tokenHash = :hash and i.acceptedAt is null"
                    + " and i.revokedAt is null and i.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("who", username)
            .setParameter("name", displayName)
            .setParameter("hash", tokenHash)
            .executeUpdate();
    return changed == 1;
  }

  /** Writes pending changes now, so that a concurrent change of the same row fails here. */
  public void flush() {
    em.flush();
  }
}
