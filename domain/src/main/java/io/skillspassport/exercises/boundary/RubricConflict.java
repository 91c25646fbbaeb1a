package io.skillspassport.exercises.boundary;

/** Another version of the rubric was saved since the editor opened it; reload and redo. */
public class RubricConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RubricConflict(String message) {
    super(message);
  }
}
