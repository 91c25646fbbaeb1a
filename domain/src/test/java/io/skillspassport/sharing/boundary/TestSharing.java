package io.skillspassport.sharing.boundary;

import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.sharing.control.ShareStore;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Builds the {@link Sharing} boundary outside a container, for other components' tests. */
public final class TestSharing {

  private TestSharing() {}

  public static Sharing of(EntityManager em, Caller caller, Guard guard) {
    return of(em, caller, guard, Clock.systemUTC());
  }

  /** As {@link #of(EntityManager, Caller, Guard)}, reading "now" from {@code clock}. */
  public static Sharing of(EntityManager em, Caller caller, Guard guard, Clock clock) {
    Sharing sharing = new Sharing();
    sharing.clock = clock;
    sharing.caller = caller;
    sharing.guard = guard;
    sharing.shares = new ShareStore(em);
    sharing.organisations =
        new io.skillspassport.organisations.boundary.ShareableOrganisations(
            new OrganisationStore(em));
    return sharing;
  }

  /** The shared passports an employer reaches, on {@code em}; viewings go to the audit log. */
  public static SharedPassports sharedPassports(EntityManager em, Caller caller, Guard guard) {
    SharedPassports shared = new SharedPassports();
    shared.caller = caller;
    shared.guard = guard;
    shared.log =
        io.skillspassport.audit.boundary.TestAuditTrail.of(
            io.skillspassport.audit.control.AuditLogFixture.of(em), caller);
    shared.shares = new ShareStore(em);
    shared.results = io.skillspassport.passports.boundary.TestPassports.currentResults(em, guard);
    shared.clock = java.time.Clock.systemUTC();
    return shared;
  }

  /** The share counts the organisations component asks, on {@code em}. */
  public static ShareCounts counts(EntityManager em) {
    ShareCounts counts = new ShareCounts();
    counts.shares = new ShareStore(em);
    return counts;
  }
}
