package io.skillspassport.assessments.entity;

/**
 * An answer to an item of an adaptive test that was already answered: the next item was chosen from
 * that answer, so changing it would leave the test and its score inconsistent.
 */
public class AnswerFinal extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int position;

  public AnswerFinal(int position) {
    super(
        "Item "
            + position
            + " is already answered and cannot be changed: the adaptive test chose the next item"
            + " from that answer.");
    this.position = position;
  }

  /** The position of the item the candidate tried to answer again. */
  public int position() {
    return position;
  }
}
