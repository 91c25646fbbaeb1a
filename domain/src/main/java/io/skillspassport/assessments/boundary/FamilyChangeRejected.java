package io.skillspassport.assessments.boundary;

/**
 * Thrown when a family cannot be changed as asked: unknown, blank name or description, or changed
 * by someone else after the admin loaded it. Nothing was changed.
 */
public class FamilyChangeRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public FamilyChangeRejected(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The field the problem is about: {@code code}, {@code name}, {@code description} or {@code
   * version}.
   */
  public String field() {
    return field;
  }
}
