package io.skillspassport.imports.entity;

/** Where an imported result stands; only an accepted one is on the passport. */
public enum ImportStatus {
  /** Received, waiting for the candidate. */
  PENDING,
  /** The candidate accepted it: it became a passport result. */
  ACCEPTED,
  /** The candidate declined it: it never counts. */
  DECLINED
}
