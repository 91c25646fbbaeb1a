package io.skillspassport.sharing.boundary;

/** Where a share stands at the moment it is read. */
public enum ShareStatus {
  /** The organisation may see the passport. */
  ACTIVE,
  /** The expiry date the candidate chose has passed. */
  EXPIRED,
  /** The candidate revoked it. */
  REVOKED
}
