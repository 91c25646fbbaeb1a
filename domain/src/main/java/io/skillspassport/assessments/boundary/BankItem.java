package io.skillspassport.assessments.boundary;

import java.util.List;

/**
 * One item of an item bank as the admin's list shows it.
 *
 * @param kind {@code TWO_PL} or {@code GRADED_RESPONSE}
 * @param discrimination the IRT slope {@code a}
 * @param thresholds the difficulty {@code b} of a 2PL item, or the ordered thresholds of a
 *     graded-response item
 * @param guessing the 3PL lower asymptote {@code c} of a multiple-choice item scored under the 3PL
 *     model, 0 for a 2PL or graded-response item
 * @param active whether new attempts use the item (newest content version, not retired)
 * @param version the optimistic-lock version to send back with a change
 * @param content what the candidate sees and the key, so that an admin reviews the whole item
 */
public record BankItem(
    long id,
    String code,
    int contentVersion,
    String kind,
    int bankPosition,
    String stem,
    double discrimination,
    List<Double> thresholds,
    double guessing,
    boolean retired,
    boolean active,
    long version) {

  public BankItem {
    thresholds = List.copyOf(thresholds);
  }

  /** The thresholds as an admin types them: comma separated. */
  public String thresholdText() {
    return String.join(", ", thresholds.stream().map(t -> Double.toString(t)).toList());
  }
}
