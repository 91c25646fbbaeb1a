package io.skillspassport.exercises.entity;

/**
 * A rubric or rating that breaks a rule (a blank name, a level outside 1–5, a note too long); the
 * message names the field and the value and is meant for the person who entered it.
 */
public class InvalidRubric extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field at fault, e.g. {@code "criteria"}, {@code "level"}. */
  private final String field;

  public InvalidRubric(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
