package io.skillspassport.scoring.calibration;

import io.skillspassport.scoring.irt.Item;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One item of a calibration: its estimated (or, for an anchor, fixed) parameters in the IRT
 * parameterisation and their standard errors. A standard error is empty where the parameter was not
 * estimated (fixed by the model, an anchor, or standard errors not requested).
 *
 * @param item the item ({@code TwoPlItem}, {@code ThreePlItem} or {@code GradedResponseItem})
 * @param anchor whether the parameters were held at their bank values
 * @param seA standard error of a (the common a for the 1PL)
 * @param seB standard errors of b1..bK
 * @param seC standard error of c (empty for items without c)
 */
public record CalibratedItem(
    Item item, boolean anchor, OptionalDouble seA, List<OptionalDouble> seB, OptionalDouble seC) {

  /**
   * Copies the list.
   *
   * @param item the item
   * @param anchor anchor flag
   * @param seA SE of a
   * @param seB SEs of the thresholds
   * @param seC SE of c
   */
  public CalibratedItem {
    seB = List.copyOf(seB);
  }
}
