package io.skillspassport.sharing.boundary;

import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.sharing.control.ShareStore;
import jakarta.persistence.EntityManager;

/** Builds the {@link Sharing} boundary outside a container, for other components' tests. */
public final class TestSharing {

  private TestSharing() {}

  public static Sharing of(EntityManager em, Caller caller, Guard guard) {
    Sharing sharing = new Sharing();
    sharing.caller = caller;
    sharing.guard = guard;
    sharing.shares = new ShareStore(em);
    sharing.organisations =
        new io.skillspassport.organisations.boundary.ShareableOrganisations(
            new OrganisationStore(em));
    return sharing;
  }
}
