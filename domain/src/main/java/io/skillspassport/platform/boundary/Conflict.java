package io.skillspassport.platform.boundary;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a change is refused because the record is no longer as the editor loaded it: someone
 * else saved, renamed, published or archived it in between, or it exists already, or it is archived
 * and so read-only. Nothing was written; the message says what happened (for the person, in a
 * sentence), so they can reload and reapply. The web tier answers a form post with the message on
 * the same page and status 409, an address with the 409 page.
 *
 * <p>Where the boundary knows it, the conflict also says who changed the record last and when
 * ({@link #changedBy()}, {@link #changedAt()}) and which version is now the latest ({@link
 * #latestVersion()}), so an editor can word its own notice.
 */
public class Conflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String changedBy;
  private final Instant changedAt;
  private final Integer latestVersion;

  /** A conflict described by its message alone. */
  public Conflict(String message) {
    this(message, null, null, null);
  }

  /** A conflict with the version saved in the meantime. */
  public Conflict(String message, int latestVersion) {
    this(message, null, null, latestVersion);
  }

  /** A conflict with who changed the record last and when ({@code changedAt} may be unknown). */
  public Conflict(String message, String changedBy, Instant changedAt) {
    this(message, Objects.requireNonNull(changedBy, "changedBy"), changedAt, null);
  }

  private Conflict(String message, String changedBy, Instant changedAt, Integer latestVersion) {
    super(Objects.requireNonNull(message, "message"));
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.latestVersion = latestVersion;
  }

  /** Who changed the record last, as far as the boundary knows. */
  public Optional<String> changedBy() {
    return Optional.ofNullable(changedBy);
  }

  /** When the record was changed last, as far as the boundary knows. */
  public Optional<Instant> changedAt() {
    return Optional.ofNullable(changedAt);
  }

  /** The version saved in the meantime, where the record is versioned by number. */
  public OptionalInt latestVersion() {
    return latestVersion == null ? OptionalInt.empty() : OptionalInt.of(latestVersion);
  }
}
