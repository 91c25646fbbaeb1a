package io.skillspassport.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** An {@link AuditLog} on a given entity manager, for boundary tests outside a container. */
public final class AuditLogFixture {

  private AuditLogFixture() {}

  /** The audit log writing to and reading from {@code em} (in the caller's transaction). */
  public static AuditLog of(EntityManager em) {
    AuditLog log = new AuditLog();
    log.clock = Clock.systemUTC();
    log.em = em;
    return log;
  }
}
