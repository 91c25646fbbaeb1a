package io.skillspassport.bundles.boundary;

/**
 * A change refused because the bundle is no longer as the editor loaded it: someone else saved a
 * version, renamed or archived it in between, or it is archived and so read-only. Nothing was
 * written; the message says what happened, so the editor can reload and reapply (or clone).
 */
public class BundleConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int latestNumber;

  public BundleConflict(String message, int latestNumber) {
    super(message);
    this.latestNumber = latestNumber;
  }

  /** The version saved in the meantime. */
  public int latestNumber() {
    return latestNumber;
  }
}
