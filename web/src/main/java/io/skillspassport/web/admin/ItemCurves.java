package io.skillspassport.web.admin;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * An item's characteristic curve and information curve as SVG polylines, for the item bank page
 * (server-rendered: no script under the strict CSP).
 *
 * <p>Both curves are computed by the scoring module's own item model ({@link Item#expectedScore}
 * and {@link Item#information}), never re-derived here, at {@value #STEPS} + 1 equally spaced θ
 * from −4 to 4. The characteristic curve is the expected score rescaled to 0–1 (for a right/wrong
 * item, P(right | θ), which tends to c as θ → −∞); the information curve is scaled so that its peak
 * touches the top of the plot, and the peak value is reported beside it.
 *
 * @param characteristic polyline points of the expected-score curve
 * @param information polyline points of the information curve
 * @param peakInformation the largest information on the grid
 * @param peakTheta the θ at which it occurs
 */
public record ItemCurves(
    String characteristic, String information, double peakInformation, double peakTheta)
    implements Serializable {

  /** Plot size in SVG user units. */
  public static final int WIDTH = 240;

  public static final int HEIGHT = 100;

  static final int STEPS = 80;
  static final double THETA_MIN = -4;
  static final double THETA_MAX = 4;

  /**
   * The curves of one bank item.
   *
   * @param kind {@code TWO_PL} (with {@code c > 0}: 3PL) or {@code GRADED_RESPONSE}
   * @param a the discrimination
   * @param thresholds b, or the graded-response thresholds
   * @param c the lower asymptote (0 for 2PL and graded items)
   */
  public static ItemCurves of(String kind, double a, List<Double> thresholds, double c) {
    Item item = item(kind, a, thresholds, c);
    double[] expected = new double[STEPS + 1];
    double[] info = new double[STEPS + 1];
    double peak = 0;
    double peakTheta = THETA_MIN;
    int low = item.lowestResponse();
    int range = item.highestResponse() - low;
    for (int i = 0; i <= STEPS; i++) {
      double theta = theta(i);
      expected[i] = (item.expectedScore(theta) - low) / range;
      info[i] = item.information(theta);
      if (info[i] > peak) {
        peak = info[i];
        peakTheta = theta;
      }
    }
    StringJoiner icc = new StringJoiner(" ");
    StringJoiner inf = new StringJoiner(" ");
    for (int i = 0; i <= STEPS; i++) {
      double x = (double) i * WIDTH / STEPS;
      icc.add(point(x, HEIGHT * (1 - expected[i])));
      inf.add(point(x, peak > 0 ? HEIGHT * (1 - info[i] / peak) : HEIGHT));
    }
    return new ItemCurves(icc.toString(), inf.toString(), peak, peakTheta);
  }

  private static Item item(String kind, double a, List<Double> thresholds, double c) {
    if ("GRADED_RESPONSE".equals(kind)) {
      return GradedResponseItem.of(
          "item", a, thresholds.stream().mapToDouble(Double::doubleValue).toArray());
    }
    double b = thresholds.isEmpty() ? 0 : thresholds.get(0);
    return c > 0 ? ThreePlItem.of("item", a, b, c) : TwoPlItem.of("item", a, b);
  }

  static double theta(int step) {
    return THETA_MIN + (THETA_MAX - THETA_MIN) * step / STEPS;
  }

  private static String point(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
  }

  /** The x of θ on the plot, for the axis marks. */
  public static String x(double theta) {
    return String.format(
        Locale.ROOT, "%.1f", (theta - THETA_MIN) / (THETA_MAX - THETA_MIN) * WIDTH);
  }

  /** The peak information with two decimals. */
  public String peak() {
    return String.format(Locale.ROOT, "%.2f", peakInformation);
  }

  /** The θ of the peak with one decimal. */
  public String peakAt() {
    return String.format(Locale.ROOT, "%.1f", peakTheta);
  }
}
