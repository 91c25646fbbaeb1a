package io.skillspassport.web.site;

import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The reporting scale's ends and mean for the views ({@code #{reportingScale.minimum}}): the tick
 * labels of the scale charts, the range of the bundle editor's number fields and every bundle
 * sentence that names the scale come from the scoring module's {@link ReportingScale#standard()},
 * so that neither a view nor a message bundle restates the ends or the mean.
 *
 * <p>A sentence names them as message arguments and is filled by {@link #sentence}: {@code {0}} the
 * lowest reportable score, {@code {1}} the highest, {@code {2}} the mean (the score at θ = 0),
 * {@code {3}} the points per unit θ, and {@code {4}}–{@code {6}} the explainer page's worked
 * example ({@link #getExample()}: its SEM and the ends of its 95% band). Such a sentence is a
 * {@link MessageFormat} pattern, so a literal apostrophe in it is written {@code ''}.
 */
@Named("reportingScale")
@ApplicationScoped
public class ReportingScaleView {

  /**
   * The worked example's SEM in scale points: a typical adaptive result (SE(θ) = 0.32 on the
   * standard scale, near the families' target precision).
   */
  static final int EXAMPLE_SEM = 24;

  /** Left end and width, in SVG user units, of the 560-unit scale charts' track. */
  private static final double TRACK_START = 20;

  private static final double TRACK_WIDTH = 520;

  private final ReportingScale scale = ReportingScale.standard();

  /** The lowest reportable score. */
  public int getMinimum() {
    return scale.minimum();
  }

  /** The highest reportable score. */
  public int getMaximum() {
    return scale.maximum();
  }

  /** The score at θ = 0, the scale's mean in the reference population, in whole points. */
  public int getMean() {
    return (int) Math.round(scale.center());
  }

  /** The range as text ("minimum–maximum"), for field hints and validation messages. */
  public String getRange() {
    return scale.minimum() + "–" + scale.maximum();
  }

  /**
   * The explainer page's worked example: a score at the mean with an SEM of {@value #EXAMPLE_SEM}
   * points, its band by the scale's own rule ({@link ReportingScale#scale}: rounded outward).
   */
  public ScaledScore getExample() {
    return scale.scale(0, (double) EXAMPLE_SEM / scale.slope());
  }

  /**
   * The x of a score on the 560-unit scale charts ({@code 20 + 520·fraction}, {@link
   * ReportingScale#fraction}).
   */
  public double x(double score) {
    return TRACK_START + TRACK_WIDTH * scale.fraction(score);
  }

  /**
   * A bundle sentence about the scale with its arguments filled in (see the class description). The
   * numbers go in as plain digits, never with a locale's grouping separator.
   *
   * @param pattern the sentence from a message bundle
   * @return the sentence as shown
   */
  public String sentence(String pattern) {
    ScaledScore example = getExample();
    Object[] arguments = {
      String.valueOf(scale.minimum()),
      String.valueOf(scale.maximum()),
      String.valueOf(getMean()),
      String.valueOf(Math.round(scale.slope())),
      String.valueOf(EXAMPLE_SEM),
      String.valueOf(example.bandLower()),
      String.valueOf(example.bandUpper())
    };
    return new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }
}
