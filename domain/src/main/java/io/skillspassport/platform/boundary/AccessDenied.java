package io.skillspassport.platform.boundary;

/**
 * Thrown by a boundary when the caller lacks the role or does not own what they asked for. The web
 * tier answers it with the 403 page; the boundary has already written the audit entry.
 */
public class AccessDenied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDenied(String message) {
    super(message);
  }
}
