package io.skillspassport.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The one authorization check of every boundary: "may the caller do this?" by role or by ownership.
 * A refusal is announced as {@link AccessRefused} (the audit component records it) and thrown as
 * {@link AccessDenied}, which the web tier answers with the 403 page.
 *
 * <p>Why in the platform rather than in the audit component: every business component needs it, and
 * asking the audit log for permission made eight boundaries depend on audit for a question that is
 * not about auditing. The record of a refusal stays the audit component's job, reached through an
 * event so that the platform depends on no business component.
 */
@ApplicationScoped
public class Guard {

  @Inject Caller caller;

  @Inject Event<AccessRefused> refused;

  protected Guard() {}

  /** For use outside a container, such as boundary tests in Java SE: refuses, records nothing. */
  public Guard(Caller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  /**
   * Throws {@link AccessDenied} (and has it recorded) unless the caller has {@code role}.
   *
   * @param what what the caller asked for, for the audit entry
   */
  public void requireRole(String role, String what) {
    if (!caller.hasRole(role)) {
      throw refuse(what, "needs the " + role + " role");
    }
  }

  /** {@link #requireRole requireRole}({@link Caller#ADMIN}, {@code what}). */
  public void requireAdmin(String what) {
    requireRole(Caller.ADMIN, what);
  }

  /**
   * Throws {@link AccessDenied} (and has it recorded) unless the caller is {@code owner}.
   *
   * @param what what the caller asked for, for the audit entry
   */
  public void requireOwner(String owner, String what) {
    if (!caller.username().equals(owner)) {
      throw refuse(what, "belongs to someone else");
    }
  }

  /**
   * Has the refusal recorded and returns the exception to throw, for checks the guard cannot state
   * itself (an organisation's bundle, a share that ended).
   *
   * @param what what the caller asked for
   * @param reason why they may not
   */
  public AccessDenied refuse(String what, String reason) {
    return refuse(what, reason, caller.username() + " may not open " + what + ": " + reason);
  }

  /**
   * As {@link #refuse(String, String)}, with the message the caller is shown where a page shows it
   * (for instance on the candidate's imports page).
   */
  public AccessDenied refuse(String what, String reason, String message) {
    if (refused != null) {
      refused.fire(new AccessRefused(caller.username(), what, reason));
    }
    return new AccessDenied(message);
  }
}
