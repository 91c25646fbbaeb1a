package io.skillspassport.platform.boundary;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reason why a change was {@link Rejected}: a sentence for the person who made it, and the
 * input it is about, so a form can show it next to that input.
 *
 * <p>Why a sentence and not a message key: every boundary already words its refusals with the value
 * at fault ("Thresholds of PY-007 must increase strictly, were [1.0, 0.5]"), and those sentences
 * are what the editors show today; a key would have to carry the same arguments.
 *
 * @param field the input at fault, such as {@code name}, {@code threshold}, {@code
 *     weights[PYTHON_FUNDAMENTALS]} or {@code presets[0]}; {@link #WHOLE} when the problem is with
 *     the request as a whole
 * @param message what is wrong, naming the value; shown to the user as it is
 */
public record Problem(String field, String message) implements Serializable {

  /** The field of a problem that is about no single input. */
  public static final String WHOLE = "";

  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
