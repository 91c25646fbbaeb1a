package io.skillspassport.bundles.boundary;

/**
 * Where an invitation stands. An accepted invitation stays accepted when its expiry passes; an open
 * one past its expiry is expired.
 */
public enum InvitationStatus {
  /** Sent and not yet accepted, revoked or expired: the link works. */
  OPEN,
  ACCEPTED,
  EXPIRED,
  REVOKED
}
