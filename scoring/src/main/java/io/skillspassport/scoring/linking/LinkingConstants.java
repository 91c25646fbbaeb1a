package io.skillspassport.scoring.linking;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import io.skillspassport.scoring.math.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear change of the θ scale, {@code θ_base = A·θ_new + B}, and what it does to items.
 *
 * <p>An item keeps every response probability when its parameters move with the scale: {@code
 * a_base = a_new / A} and {@code b_base = A·b_new + B} for every threshold, because {@code
 * (a/A)·((Aθ + B) − (A b + B)) = a (θ − b)}. A lower asymptote (the 3PL {@code c}) is a
 * probability, not a point on the θ scale, so it is unchanged by linking — in the {@code a, b, c}
 * form used by this project ({@code P = c + (1−c)σ(a(θ−b))}). (In the slope-intercept form {@code a
 * θ + d} the intercept changes too: {@code d_base = d_new − a_new·B/A}.)
 *
 * @param a the slope A ({@code > 0})
 * @param b the intercept B
 */
public record LinkingConstants(double a, double b) {

  /** The identity transformation. */
  public static final LinkingConstants IDENTITY = new LinkingConstants(1, 0);

  /**
   * Validates the constants.
   *
   * @throws IllegalArgumentException if A is not finite and positive or B not finite
   */
  public LinkingConstants {
    Arguments.positive(a, "linking slope A");
    Arguments.finite(b, "linking intercept B");
  }

  /**
   * A θ of the new scale on the base scale.
   *
   * @param thetaNew θ on the new calibration's scale
   * @return {@code A·θ + B}
   */
  public double toBase(double thetaNew) {
    return a * thetaNew + b;
  }

  /**
   * A θ of the base scale on the new scale.
   *
   * @param thetaBase θ on the bank's scale
   * @return {@code (θ − B)/A}
   */
  public double toNew(double thetaBase) {
    return (thetaBase - b) / a;
  }

  /**
   * The item on the base scale: {@code a/A}, every threshold {@code A·b + B}; a 3PL item's lower
   * asymptote {@code c} is a probability and stays as it is.
   *
   * @param item an item calibrated on the new scale
   * @return the same item (same id) on the base scale
   * @throws IllegalArgumentException for an item type this class does not know how to rebuild
   */
  public Item transform(Item item) {
    if (item instanceof TwoPlItem twoPl) {
      return TwoPlItem.of(twoPl.id(), twoPl.discrimination() / a, toBase(twoPl.difficulty()));
    }
    if (item instanceof ThreePlItem threePl) {
      return ThreePlItem.of(
          threePl.id(),
          threePl.discrimination() / a,
          toBase(threePl.difficulty()),
          threePl.guessing());
    }
    if (item instanceof GradedResponseItem graded) {
      double[] thresholds = graded.thresholds();
      for (int k = 0; k < thresholds.length; k++) {
        thresholds[k] = toBase(thresholds[k]);
      }
      return GradedResponseItem.of(graded.id(), graded.discrimination() / a, thresholds);
    }
    throw new IllegalArgumentException(
        "cannot rebuild item '" + item.id() + "' of type " + item.getClass().getSimpleName());
  }

  /**
   * Every item on the base scale, in the same order.
   *
   * @param items items calibrated on the new scale
   * @return the transformed items
   */
  public List<Item> transformAll(List<? extends Item> items) {
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      out.add(transform(item));
    }
    return List.copyOf(out);
  }
}
