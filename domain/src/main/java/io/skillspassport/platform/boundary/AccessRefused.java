package io.skillspassport.platform.boundary;

import java.util.Objects;

/**
 * A CDI event: {@link Guard} refused the caller something. The audit component observes it and
 * writes the ACCESS_DENIED entry (in a transaction of its own, so the entry stays although the
 * refused use case rolls back); the platform itself knows nothing of the audit log.
 *
 * @param actor who was refused
 * @param target what they asked for
 * @param reason why they may not
 */
public record AccessRefused(String actor, String target, String reason) {

  /** Validates. */
  public AccessRefused {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
  }
}
