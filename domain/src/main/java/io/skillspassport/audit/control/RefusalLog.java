package io.skillspassport.audit.control;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.platform.boundary.AccessRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Writes an ACCESS_DENIED entry for every refusal of the platform's guard. {@link AuditLog#record}
 * runs in a transaction of its own, so the entry stays when the refused use case rolls back.
 */
@ApplicationScoped
public class RefusalLog {

  @Inject AuditLog log;

  void onRefused(@Observes AccessRefused refused) {
    log.record(refused.actor(), AuditAction.ACCESS_DENIED, refused.target(), refused.reason());
  }
}
