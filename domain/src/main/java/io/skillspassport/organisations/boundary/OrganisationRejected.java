package io.skillspassport.organisations.boundary;

/**
 * Thrown when an organisation cannot be created or changed as asked: a malformed or taken slug, a
 * blank name, or a change made by someone else in the meantime. Nothing was changed.
 */
public class OrganisationRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public OrganisationRejected(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field the problem is about: {@code slug}, {@code name} or {@code version}. */
  public String field() {
    return field;
  }
}
