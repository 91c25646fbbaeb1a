package io.skillspassport.bundles.boundary;

/**
 * An invitation that can no longer be accepted: used, revoked or expired (including the one that
 * lost to a simultaneous accept of the same link).
 */
public class InvitationClosed extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final InvitationStatus status;

  public InvitationClosed(InvitationStatus status, String message) {
    super(message);
    this.status = status;
  }

  public InvitationStatus status() {
    return status;
  }
}
