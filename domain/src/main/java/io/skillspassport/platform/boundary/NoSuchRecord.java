package io.skillspassport.platform.boundary;

/**
 * Thrown by a boundary when an id from a request (a form, an address) names nothing that exists:
 * the web tier answers with the 404 page. Someone else's record is {@link AccessDenied} (403)
 * instead: the caller is told that it exists but is not theirs, and the refusal is audited; an id
 * that names nothing is a stale link or a typo, not an attempt on anyone's data.
 *
 * <p>An {@link IllegalArgumentException}, as the boundaries' other "no such version" refusals are,
 * so a view that already answers those with 404 answers this one the same way.
 */
public class NoSuchRecord extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public NoSuchRecord(String message) {
    super(message);
  }
}
