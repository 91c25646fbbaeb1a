package io.skillspassport.bundles.control;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.platform.boundary.Caller;
import jakarta.persistence.EntityManager;

/** A {@link BundleAccess} wired by hand for boundary tests outside a container. */
public final class BundleAccessFixture {

  private BundleAccessFixture() {}

  /**
   * The access check for {@code caller}, refusals going to {@code audit}, bundles from {@code em}.
   */
  public static BundleAccess of(Caller caller, AuditTrail audit, EntityManager em) {
    BundleAccess access = new BundleAccess();
    access.caller = caller;
    access.audit = audit;
    access.bundles = new BundleStore(em);
    return access;
  }
}
