package io.skillspassport.assessments.boundary;

/**
 * Thrown when an item bank change is refused: an unknown or retired item, parameters outside their
 * range, or a change made by someone else after the admin loaded the bank. Nothing was changed.
 */
public class ItemBankRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ItemBankRejected(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field the problem is about, such as {@code a}, {@code thresholds} or {@code code}. */
  public String field() {
    return field;
  }
}
