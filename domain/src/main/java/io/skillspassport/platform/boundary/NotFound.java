package io.skillspassport.platform.boundary;

/**
 * Thrown by a boundary when an id from a request (a form, an address) names nothing that exists:
 * the web tier answers with the 404 page. Someone else's record is {@link AccessDenied} (403)
 * instead: the caller is told that it exists but is not theirs, and the refusal is audited; an id
 * that names nothing is a stale link or a typo, not an attempt on anyone's data.
 *
 * <p>One of the portal's three refusals, with {@link Rejected} (the input is wrong) and {@link
 * Conflict} (the record changed meanwhile). A view that finds nothing to show for an address throws
 * it too, so every "not found" reaches the same page through the one exception handler.
 */
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was looked for, for the log; never shown to the visitor
   */
  public NotFound(String message) {
    super(message);
  }
}
