package io.skillspassport.assessments.boundary;

/**
 * An attempt that ended before its minimum number of scored items: by the unreached-item rule it
 * gives no score (a score from so few items would say little and could be gamed).
 */
public class NoScore extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public NoScore(String familyName, int answered, int minimum) {
    super(
        "This "
            + familyName
            + " attempt ended after "
            + answered
            + (answered == 1 ? " scored item" : " scored items")
            + ", before the minimum of "
            + minimum
            + ": it gives no score, and nothing was added to your passport.");
  }
}
