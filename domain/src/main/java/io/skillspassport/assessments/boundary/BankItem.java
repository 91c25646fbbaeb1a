package io.skillspassport.assessments.boundary;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One item of an item bank as the admin's list shows it. Serializable: the item bank page (view
 * scoped) holds it, and its state moves with the session between clustered instances.
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
    long version,
    Content content)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public BankItem {
    thresholds = List.copyOf(thresholds);
  }

  /**
   * The whole item as a reviewer reads it.
   *
   * @param scenario the scenario above a graded-response prompt (empty when none)
   * @param codeSnippet the code shown with the stem (empty when none)
   * @param material a table or other preformatted material (empty when none)
   * @param options the option texts in display order
   * @param optionScores what each option scores: 1 for the key and 0 otherwise (right/wrong), the
   *     category (graded response)
   * @param explanation why the key is what it is
   */
  public record Content(
      String scenario,
      String codeSnippet,
      String material,
      List<String> options,
      List<Integer> optionScores,
      String explanation)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    public Content {
      options = List.copyOf(options);
      optionScores = List.copyOf(optionScores);
    }
  }

  /** The thresholds as an admin types them: comma separated. */
  public String thresholdText() {
    return String.join(", ", thresholds.stream().map(t -> Double.toString(t)).toList());
  }
}
