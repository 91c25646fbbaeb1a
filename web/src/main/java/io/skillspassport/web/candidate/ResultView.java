package io.skillspassport.web.candidate;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Backs {@code candidate/result.xhtml}: the score of a submitted sample with its SEM and 95% band,
 * drawn on the 300–850 axis. An attempt not submitted yet goes back to its items.
 */
@Named
@RequestScoped
public class ResultView {

  /** The SVG axis: 300 at x = 20, 850 at x = 540. */
  static final double AXIS_LEFT = 20;

  static final double AXIS_WIDTH = 520;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject SampleAssessments samples;

  private Long attempt;
  private SampleResult result;

  public void load() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (attempt == null) {
      external.responseSendError(404, "No attempt given");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    if (!samples.progress(attempt).inProgress()) {
      result = samples.result(attempt);
    } else {
      external.redirect(
          external.getRequestContextPath() + "/candidate/take?attempt=" + attempt + "&review=true");
    }
  }

  /** The x coordinate of {@code score} on the chart's axis. */
  public String x(double score) {
    double clamped = Math.max(300, Math.min(850, score));
    return String.format(Locale.ROOT, "%.1f", AXIS_LEFT + (clamped - 300) * AXIS_WIDTH / 550);
  }

  /** The width of the 95% band on the chart. */
  public String getBandWidth() {
    return String.format(
        Locale.ROOT,
        "%.1f",
        Math.max(2, (result.bandHigh() - result.bandLow()) * AXIS_WIDTH / 550));
  }

  public String getSem() {
    return String.format(Locale.ROOT, "%.0f", result.sem());
  }

  public String getTheta() {
    return String.format(Locale.ROOT, "%.2f", result.theta());
  }

  public String getExpires() {
    return DAY.format(result.expiresAt());
  }

  public SampleResult getResult() {
    return result;
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }
}
