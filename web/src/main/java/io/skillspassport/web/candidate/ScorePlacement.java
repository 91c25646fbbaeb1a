package io.skillspassport.web.candidate;

import io.skillspassport.scoring.scale.ReportingScale;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where one family score stands, in words: against the scale's mean (the centre of the reporting
 * scale, 575 on the standard scale) and against a role's readiness threshold, with its 95% band.
 *
 * <p>The SEM is shown as whole points everywhere (± 26, never ± 25.7): the SEM itself is an
 * estimate, and a decimal would suggest a precision the measurement does not have. The band is
 * compared with a threshold as the reader would compare the printed numbers: the band lies above T
 * when its lower end is at least T, below T when its upper end is below T, and otherwise T lies
 * inside it, where the score alone cannot say on which side the true level is.
 *
 * @param score the reported score
 * @param sem its standard error of measurement in scale points
 * @param bandLow the lower end of the 95% band
 * @param bandHigh the upper end of the 95% band
 */
public record ScorePlacement(int score, double sem, int bandLow, int bandHigh) {

  /** Where a band stands against a threshold. */
  public enum Side {
    ABOVE,
    INSIDE,
    BELOW
  }

  /** The scale's mean, from the reporting scale's configuration (575). */
  public static int mean() {
    return (int) Math.round(ReportingScale.standard().center());
  }

  /** The SEM as whole points, half up. */
  public long semPoints() {
    return Math.round(sem);
  }

  /** The score minus the scale mean. */
  public int fromMean() {
    return score - mean();
  }

  /** Where the 95% band lies against {@code threshold}. */
  public Side against(int threshold) {
    if (bandLow >= threshold) {
      return Side.ABOVE;
    }
    if (bandHigh < threshold) {
      return Side.BELOW;
    }
    return Side.INSIDE;
  }

  /**
   * "Your 715 ± 26 is 140 points above the scale average of 575." from the bundle's {@code
   * score.mean.above|below|at} patterns.
   */
  public String meanSentence(ResourceBundle messages) {
    int diff = fromMean();
    String key = diff > 0 ? "score.mean.above" : diff < 0 ? "score.mean.below" : "score.mean.at";
    return format(messages, key, score, semPoints(), Math.abs(diff), mean());
  }

  /**
   * "Your best estimate in Python Fundamentals is 640, 65 points above the scale's mean of 575 (…).
   * Your true level very likely (95%) lies between 610 and 670; …" from the bundle's {@code
   * sample.result.meaning.above|below|at} patterns.
   */
  public String meaningSentence(ResourceBundle messages, String familyName) {
    int diff = fromMean();
    String key =
        diff > 0
            ? "sample.result.meaning.above"
            : diff < 0 ? "sample.result.meaning.below" : "sample.result.meaning.at";
    return format(messages, key, familyName, score, Math.abs(diff), mean(), bandLow, bandHigh);
  }

  /**
   * "The ML Research Scientist threshold is 650: your whole 95% band (664–766) lies above it." from
   * the bundle's {@code score.threshold.above|inside|below} patterns.
   */
  public String thresholdSentence(ResourceBundle messages, String role, int threshold) {
    String key = "score.threshold." + against(threshold).name().toLowerCase(Locale.ROOT);
    return format(messages, key, role, threshold, bandLow, bandHigh);
  }

  private static String format(ResourceBundle messages, String key, Object... arguments) {
    MessageFormat pattern = new MessageFormat(messages.getString(key), Locale.ENGLISH);
    return pattern.format(
        java.util.Arrays.stream(arguments)
            .map(a -> a instanceof Number n ? Long.toString(n.longValue()) : a)
            .toArray());
  }
}
