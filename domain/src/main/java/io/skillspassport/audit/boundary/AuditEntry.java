package io.skillspassport.audit.boundary;

import java.time.Instant;

/** An audit entry as the admin's log page shows it. */
public record AuditEntry(
    Instant occurredAt, String actor, String action, String target, String detail) {}
