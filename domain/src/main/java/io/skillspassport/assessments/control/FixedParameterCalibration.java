package io.skillspassport.assessments.control;

import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.ItemKind;
import io.skillspassport.scoring.calibration.CalibrationFailure;
import io.skillspassport.scoring.calibration.CalibrationResult;
import io.skillspassport.scoring.calibration.Calibrator;
import io.skillspassport.scoring.calibration.Model;
import io.skillspassport.scoring.calibration.ResponseData;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fixed-parameter calibration of a bank's pretest items (Kim 2006) with the scoring module's
 * marginal-maximum-likelihood {@link Calibrator}. Plain Java, no state.
 *
 * <p>The operational (non-pretest) items of the active bank are anchors: they keep their bank
 * parameters, and the latent mean and SD of the responding candidates are estimated with them. The
 * pretest items with at least {@link #MIN_RESPONSES} responses are estimated. Because the anchors'
 * parameters fix the θ scale, the estimates land on the bank's existing scale — the calibration is
 * its own linking; no separate linking step (mean/sigma, Stocking–Lord) is needed or applied. That
 * scale is the one the anchors define: while they are provisional (expert-set), so is the scale.
 *
 * <p>Model: a graded item is estimated under the graded response model, a right/wrong item with a
 * guessing parameter under the 3PL (c with the calibrator's Beta(5, 17) prior), one without under
 * the 2PL. A calibration estimates items of one model; a bank whose pretest items mix models is
 * refused.
 *
 * <p>Data: every finished attempt with a response to an item in the calibration is one row; items
 * the attempt did not answer are missing (omitted from its likelihood), which is what adaptive data
 * are. Pretest items with fewer responses are left out of the data and keep their parameters.
 */
public final class FixedParameterCalibration {

  /**
   * The fewest responses an item needs to be estimated. 500: Hulin, Lissak &amp; Drasgow (1982,
   * <i>Applied Psychological Measurement</i> 6, 249–260) found about 500 respondents needed for
   * adequate 2PL recovery (and more for the 3PL, where the c prior carries part of the load); with
   * fewer, the slope's standard error is typically above 0.2, too wide to replace an expert value.
   */
  public static final int MIN_RESPONSES = 500;

  /** Why a bank cannot be calibrated; the message says what to do. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * A converged calibration.
   *
   * @param result the calibrator's result (anchors included)
   * @param model the model of the estimated items
   * @param estimated codes of the estimated items, bank order
   * @param responses responses by item code, for every item in the data
   * @param attempts rows (attempts) in the data
   * @param tooFew pretest items left out for having fewer than {@link #MIN_RESPONSES} responses
   */
  public record Outcome(
      CalibrationResult result,
      Model model,
      List<String> estimated,
      Map<String, Integer> responses,
      int attempts,
      List<String> tooFew) {}

  private FixedParameterCalibration() {}

  /**
   * Calibrates the pretest items of {@code bank}.
   *
   * @param bank the active items of the bank
   * @param attempts finished attempts
   * @return the calibration
   * @throws Refused when no pretest item has enough responses, the models mix, or the estimation
   *     fails (the message says which item and why)
   */
  public static Outcome run(List<AssessmentItem> bank, List<ScoredAttempt> attempts) {
    Map<String, Integer> counts = new HashMap<>();
    for (ScoredAttempt a : attempts) {
      for (String code : a.scored().keySet()) {
        counts.merge(code, 1, Integer::sum);
      }
    }
    List<AssessmentItem> anchors = new ArrayList<>();
    List<AssessmentItem> free = new ArrayList<>();
    List<String> tooFew = new ArrayList<>();
    for (AssessmentItem item : bank) {
      int n = counts.getOrDefault(item.code(), 0);
      if (!item.isPretest()) {
        if (n > 0) {
          anchors.add(item);
        }
      } else if (n >= MIN_RESPONSES) {
        free.add(item);
      } else {
        tooFew.add(item.code());
      }
    }
    if (free.isEmpty()) {
      throw new Refused(
          "No pretest item has the "
              + MIN_RESPONSES
              + " responses a calibration needs (most: "
              + bank.stream()
                  .filter(AssessmentItem::isPretest)
                  .mapToInt(i -> counts.getOrDefault(i.code(), 0))
                  .max()
                  .orElse(0)
              + "). Pretest items collect one response per attempt that serves them.");
    }
    if (anchors.isEmpty()) {
      throw new Refused(
          "No operational item has responses, so nothing fixes the bank's scale to link to.");
    }
    Set<Model> models =
        free.stream().map(FixedParameterCalibration::model).collect(Collectors.toSet());
    if (models.size() != 1) {
      throw new Refused(
          "The pretest items mix item models " + models + "; calibrate one at a time.");
    }
    Model model = models.iterator().next();
    List<String> columns = new ArrayList<>();
    anchors.forEach(i -> columns.add(i.code()));
    free.forEach(i -> columns.add(i.code()));
    Map<String, Integer> column = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      column.put(columns.get(c), c);
    }
    ResponseData.Builder data = ResponseData.builder(columns);
    int rows = 0;
    for (ScoredAttempt a : attempts) {
      int[] row = new int[columns.size()];
      java.util.Arrays.fill(row, ResponsePattern.OMITTED);
      boolean any = false;
      for (Map.Entry<String, Integer> e : a.scored().entrySet()) {
        Integer c = column.get(e.getKey());
        if (c != null) {
          row[c] = e.getValue();
          any = true;
        }
      }
      if (any) {
        data.add(row, 1);
        rows++;
      }
    }
    List<Item> fixed = anchors.stream().map(AssessmentItem::scoringItem).toList();
    CalibrationResult result;
    try {
      result = Calibrator.of(model).withAnchors(fixed).calibrate(data.build());
    } catch (CalibrationFailure failure) {
      throw new Refused("The calibration did not succeed: " + failure.getMessage());
    }
    for (AssessmentItem item : free) {
      Item estimated =
          result.items().stream()
              .map(c -> c.item())
              .filter(i -> i.id().equals(item.code()))
              .findFirst()
              .orElseThrow();
      if (estimated.thresholdCount() != item.scoringItem().thresholdCount()) {
        throw new Refused(
            "Item "
                + item.code()
                + " has "
                + item.scoringItem().categoryCount()
                + " categories but responses used only "
                + estimated.categoryCount()
                + "; it needs responses in every category before it can be calibrated.");
      }
    }
    Map<String, Integer> responses = new LinkedHashMap<>();
    for (String code : columns) {
      responses.put(code, counts.getOrDefault(code, 0));
    }
    return new Outcome(
        result,
        model,
        free.stream().map(AssessmentItem::code).toList(),
        responses,
        rows,
        List.copyOf(tooFew));
  }

  /** The model a calibration estimates the item under. */
  static Model model(AssessmentItem item) {
    if (item.kind() == ItemKind.GRADED_RESPONSE) {
      return Model.GRM;
    }
    return item.guessing().isPresent() ? Model.THREE_PL : Model.TWO_PL;
  }
}
