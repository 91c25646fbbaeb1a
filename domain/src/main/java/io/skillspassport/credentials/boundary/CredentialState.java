package io.skillspassport.credentials.boundary;

/** Where an exported credential stands, as its status list bit and dates say. */
public enum CredentialState {
  /** Verifies as valid. */
  ACTIVE,
  /** The candidate revoked it. */
  REVOKED,
  /** A newer result for one of its families replaced it. */
  SUPERSEDED,
  /** An admin withdrew one of the results it carries. */
  WITHDRAWN,
  /** Past its validity (its earliest result expired). */
  EXPIRED
}
