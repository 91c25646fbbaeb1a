package io.skillspassport.bundles.boundary;

import io.skillspassport.bundles.control.BundleAccessFixture;
import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import jakarta.persistence.EntityManager;

/** Builds the {@link Bundles} boundary outside a container, for other components' tests. */
public final class TestBundles {

  private TestBundles() {}

  public static Bundles of(EntityManager em, Caller caller, Guard guard) {
    Bundles bundles = new Bundles();
    bundles.clock = java.time.Clock.systemUTC();
    bundles.access = BundleAccessFixture.of(caller, guard, em);
    bundles.store = new BundleStore(em);
    bundles.roles = io.skillspassport.roles.boundary.TestRoles.of(em);
    bundles.families = io.skillspassport.assessments.boundary.TestFamilies.of(em);
    bundles.organisations =
        new io.skillspassport.organisations.boundary.ShareableOrganisations(
            new OrganisationStore(em));
    return bundles;
  }
}
