package io.skillspassport.web.employer;

import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Formats comparison figures the same way on every employer page ({@code #{comparisonFormat}}), and
 * places scores on the small inline-SVG band charts: x runs over the 300–850 scale.
 */
@Named
@ApplicationScoped
public class ComparisonFormat {

  /** Width of a band chart in SVG user units. */
  public static final int CHART_WIDTH = 220;

  private static final String NONE = "—";

  /** A composite or score, rounded to a whole point; a dash when undefined. */
  public String score(Double value) {
    return value == null ? NONE : String.format(Locale.ROOT, "%.0f", value);
  }

  /**
   * A probability as a whole percentage, like the candidate pages: "<1%" below 1% and ">99%" above
   * 99%, 0 and 1 included (an employer must not read 99.99%, or a normal tail that underflowed to
   * 1.0, as certainty); a dash when undefined.
   */
  public String percent(Double value) {
    if (value == null) {
      return NONE;
    }
    double p = 100 * value;
    if (p < 1) {
      return "<1%";
    }
    if (p > 99) {
      return ">99%";
    }
    return Math.round(p) + "%";
  }

  /** Kendall's τ with three decimals. */
  public String tau(Double value) {
    return value == null ? NONE : String.format(Locale.ROOT, "%.3f", value);
  }

  /** An SEM as whole points, as scores and bands are shown everywhere. */
  public String sem(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  /** The x of a score on a band chart. */
  public String x(Double score) {
    double share = score == null ? 0 : ReportingScale.standard().fraction(score);
    return String.format(Locale.ROOT, "%.1f", share * CHART_WIDTH);
  }

  public int getChartWidth() {
    return CHART_WIDTH;
  }

  /** Family codes as their display names, comma-separated; a dash for none. */
  public String families(List<String> codes, Map<String, String> names) {
    if (codes == null || codes.isEmpty()) {
      return NONE;
    }
    return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "));
  }
}
