package io.skillspassport.audit.boundary;

import io.skillspassport.audit.control.AuditLog;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;

/** Builds the {@link AuditTrail} boundary outside a container, for other components' tests. */
public final class TestAuditTrail {

  private TestAuditTrail() {}

  /** The audit trail writing to {@code log} on behalf of {@code caller}. */
  public static AuditTrail of(AuditLog log, Caller caller) {
    AuditTrail trail = new AuditTrail();
    trail.log = log;
    trail.caller = caller;
    trail.guard = new Guard(caller);
    return trail;
  }
}
