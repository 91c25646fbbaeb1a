package io.skillspassport.bundles.boundary;

/**
 * A save refused because someone else saved the bundle after the editor opened it. Nothing was
 * written; the message says who saved which version when, so the editor can reload and reapply.
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
