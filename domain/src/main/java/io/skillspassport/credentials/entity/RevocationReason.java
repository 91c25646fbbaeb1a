package io.skillspassport.credentials.entity;

/** Why an exported credential's status bit was set. */
public enum RevocationReason {
  /** The candidate revoked it. */
  CANDIDATE,
  /** A newer result for one of its families reached the passport. */
  SUPERSEDED,
  /** An admin withdrew one of the results it carries. */
  WITHDRAWN
}
