package io.skillspassport.scoring.irt;

import java.util.Arrays;

/**
 * The responses of one person to the items of a {@link Form}, in item order; {@link #OMITTED} marks
 * an item that was not answered (it then contributes nothing to the likelihood).
 *
 * <p>The pattern itself only knows response values; whether each value is a category of its item is
 * checked by {@link Form#validate(ResponsePattern)} (done by every estimator).
 *
 * <p>Text form ({@link #parse(String)}): one character per item, a digit {@code 0-9} for the
 * response or {@code .} for an omitted item, e.g. {@code "01.1"}.
 */
public final class ResponsePattern {

  /** Marker of an omitted response. */
  public static final int OMITTED = Integer.MIN_VALUE;

  private final int[] responses;

  private ResponsePattern(int[] responses) {
    this.responses = responses;
  }

  /**
   * A pattern from response values ({@link #OMITTED} for an omitted item).
   *
   * @param responses the responses in item order (copied)
   * @return the pattern
   * @throws IllegalArgumentException if {@code responses} is null
   */
  public static ResponsePattern of(int... responses) {
    if (responses == null) {
      throw new IllegalArgumentException("responses must not be null");
    }
    return new ResponsePattern(responses.clone());
  }

  /**
   * Parses the text form: one character per item, a digit or {@code .} for omitted.
   *
   * @param text e.g. {@code "0110."}
   * @return the pattern
   * @throws IllegalArgumentException naming the character and its position if it is neither a digit
   *     nor {@code .}
   */
  public static ResponsePattern parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException(
          "response pattern must not be empty but was " + (text == null ? "null" : "''"));
    }
    int[] responses = new int[text.length()];
    for (int i = 0; i < responses.length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        responses[i] = OMITTED;
      } else if (c >= '0' && c <= '9') {
        responses[i] = c - '0';
      } else {
        throw new IllegalArgumentException(
            "response pattern '"
                + text
                + "' has '"
                + c
                + "' at position "
                + (i + 1)
                + "; expected a digit or '.' for omitted");
      }
    }
    return new ResponsePattern(responses);
  }

  /**
   * The number of responses (answered or omitted).
   *
   * @return the pattern length
   */
  public int length() {
    return responses.length;
  }

  /**
   * The response to item {@code i}.
   *
   * @param i item index
   * @return the response value or {@link #OMITTED}
   */
  public int response(int i) {
    return responses[i];
  }

  /**
   * Whether item {@code i} was omitted.
   *
   * @param i item index
   * @return true if omitted
   */
  public boolean isOmitted(int i) {
    return responses[i] == OMITTED;
  }

  /**
   * A copy of the responses.
   *
   * @return the responses ({@link #OMITTED} for omitted items)
   */
  public int[] responses() {
    return responses.clone();
  }

  int[] unsafeResponses() {
    return responses;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponsePattern other && Arrays.equals(responses, other.responses);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(responses);
  }

  /** The text form, e.g. {@code "01.1"} (responses above 9 are shown in brackets). */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(responses.length);
    for (int r : responses) {
      if (r == OMITTED) {
        sb.append('.');
      } else if (r >= 0 && r <= 9) {
        sb.append((char) ('0' + r));
      } else {
        sb.append('[').append(r).append(']');
      }
    }
    return sb.toString();
  }
}
