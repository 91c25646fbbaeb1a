package io.skillspassport.bundles.control;

import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import jakarta.persistence.EntityManager;

/** A {@link BundleAccess} wired by hand for boundary tests outside a container. */
public final class BundleAccessFixture {

  private BundleAccessFixture() {}

  /**
   * The access check for {@code caller}, refusals through {@code guard}, bundles from {@code em}.
   */
  public static BundleAccess of(Caller caller, Guard guard, EntityManager em) {
    return new BundleAccess(caller, guard, new BundleStore(em));
  }
}
