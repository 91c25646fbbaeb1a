package io.skillspassport.roles.boundary;

import java.time.Instant;

/**
 * Thrown when someone else changed or published a draft after the editor loaded it. Nothing was
 * overwritten; the editor keeps their text and can reload the other person's version.
 *
 * @see RoleAdministration#saveDraft
 */
public class ContentConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String changedBy;
  private final Instant changedAt;

  public ContentConflict(String slug, String changedBy, Instant changedAt) {
    super(
        "The draft of "
            + slug
            + " was changed by "
            + changedBy
            + (changedAt == null ? "" : " at " + changedAt)
            + " after you loaded it");
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  /** Who changed the draft last, as far as the audit log knows. */
  public String changedBy() {
    return changedBy;
  }

  /** When, or null when unknown. */
  public Instant changedAt() {
    return changedAt;
  }
}
