package io.skillspassport.sharing.boundary;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.sharing.control.ShareStore;
import jakarta.persistence.EntityManager;

/** Builds the {@link Sharing} boundary outside a container, for other components' tests. */
public final class TestSharing {

  private TestSharing() {}

  public static Sharing of(EntityManager em, Caller caller, AuditTrail audit) {
    Sharing sharing = new Sharing();
    sharing.caller = caller;
    sharing.audit = audit;
    sharing.shares = new ShareStore(em);
    sharing.organisations = new OrganisationStore(em);
    return sharing;
  }
}
