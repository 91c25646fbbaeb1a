package io.skillspassport.assessments.boundary;

/** An empty answer: every item of an adaptive test must be answered before the next is chosen. */
public class AnswerRequired extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public AnswerRequired() {
    super(
        "Choose one of the options: every item needs an answer before the next one is chosen"
            + " (an item cannot be skipped).");
  }
}
