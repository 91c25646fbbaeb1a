package io.skillspassport.web.site;

import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The reporting scale's ends and mean for the views ({@code #{reportingScale.minimum}}): the tick
 * labels of the scale charts and the range of the bundle editor's number fields come from the
 * scoring module's {@link ReportingScale#standard()}, so that a view never restates 300, 575 or
 * 850.
 */
@Named("reportingScale")
@ApplicationScoped
public class ReportingScaleView {

  private final ReportingScale scale = ReportingScale.standard();

  /** The lowest reportable score (300). */
  public int getMinimum() {
    return scale.minimum();
  }

  /** The highest reportable score (850). */
  public int getMaximum() {
    return scale.maximum();
  }

  /** The score at θ = 0, the scale's mean in the reference population (575), in whole points. */
  public int getMean() {
    return (int) Math.round(scale.center());
  }

  /** The range as text, e.g. "300–850", for field hints and validation messages. */
  public String getRange() {
    return scale.minimum() + "–" + scale.maximum();
  }
}
