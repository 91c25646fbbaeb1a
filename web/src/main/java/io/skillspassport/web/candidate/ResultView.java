package io.skillspassport.web.candidate;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleEnding;
import io.skillspassport.assessments.boundary.SampleResult;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.roles.boundary.Roles;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * Backs {@code candidate/result.xhtml}: the score of an ended attempt with its SEM and 95% band,
 * drawn on the reporting scale's axis, what it rests on (bank version, parameter status, items,
 * duration, provenance), and where it stands against the scale mean and the published roles'
 * thresholds; or why an attempt ended before the minimum gave no score. An attempt in progress goes
 * back to its current item.
 */
@Named
@RequestScoped
public class ResultView {

  /** The SVG axis: the scale's minimum at x = 20, its maximum at x = 540. */
  static final double AXIS_LEFT = 20;

  static final double AXIS_WIDTH = 520;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject SampleAssessments samples;

  @Inject Roles roles;

  private Long attempt;
  private SampleResult result;
  private String noScore;
  private List<RoleLine> roleLines = List.of();

  /**
   * One published role's readiness threshold beside this family score.
   *
   * @param sentence where the score's 95% band stands against the threshold, in words
   */
  public record RoleLine(String title, int threshold, String sentence) {}

  public void load() {
    if (attempt == null) {
      throw new NotFound("No attempt given");
    }
    if (samples.progress(attempt).inProgress()) {
      Faces.redirect("candidate/take?attempt=%s", attempt);
      return;
    }
    try {
      result = samples.result(attempt);
      ScorePlacement placement = getPlacement();
      ResourceBundle messages = candidateMessages();
      roleLines =
          roles.catalogue().stream()
              .flatMap(r -> roles.page(r.slug()).stream())
              .filter(
                  p ->
                      p.weights().stream()
                          .anyMatch(w -> w.familyCode().equals(result.familyCode())))
              .map(
                  p ->
                      new RoleLine(
                          p.title(),
                          p.readinessThreshold(),
                          placement.thresholdSentence(messages, p.title(), p.readinessThreshold())))
              .toList();
    } catch (Conflict none) {
      // The attempt ended before its minimum: the page shows why there is no score instead.
      noScore = none.getMessage();
    }
  }

  /** The x coordinate of {@code score} on the chart's axis. */
  public String x(double score) {
    return String.format(
        Locale.ROOT, "%.1f", AXIS_LEFT + ReportingScale.standard().fraction(score) * AXIS_WIDTH);
  }

  /** The width of the 95% band on the chart. */
  public String getBandWidth() {
    return String.format(
        Locale.ROOT,
        "%.1f",
        Math.max(
            2,
            (result.bandHigh() - result.bandLow())
                * AXIS_WIDTH
                / ReportingScale.standard().span()));
  }

  /** The score against the scale mean and the thresholds; SEM in whole points as everywhere. */
  public ScorePlacement getPlacement() {
    return new ScorePlacement(result.reported(), result.sem(), result.bandLow(), result.bandHigh());
  }

  /** "Your 715 ± 26 is 140 points above the scale average of 575." */
  public String getMeanSentence() {
    return getPlacement().meanSentence(candidateMessages());
  }

  /** What the score and its band mean, from the bundle (the boundary returns only the numbers). */
  public String getMeaningSentence() {
    return getPlacement().meaningSentence(candidateMessages(), result.familyName());
  }

  /** Why the test ended, from the bundle's {@code sample.result.ended.*} sentences. */
  public String getEndedSentence() {
    SampleEnding ending = result.endedBy();
    String detail =
        switch (ending) {
          case TARGET_SE_REACHED -> String.valueOf(result.targetSe());
          case MAXIMUM_LENGTH -> Integer.toString(result.maxItems());
          case TIMED_OUT, ENDED_BY_CANDIDATE -> Integer.toString(result.unreached());
          case BANK_EXHAUSTED, FIXED_FORM -> "";
        };
    MessageFormat pattern =
        new MessageFormat(
            candidateMessages().getString("sample.result.ended." + ending.name()), Locale.ENGLISH);
    return pattern.format(new Object[] {detail});
  }

  public String getSem() {
    return Long.toString(getPlacement().semPoints());
  }

  private static ResourceBundle candidateMessages() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "candidateMsg");
  }

  public String getTheta() {
    return String.format(Locale.ROOT, "%.2f", result.theta());
  }

  public String getExpires() {
    return DAY.format(result.expiresAt());
  }

  /** The duration as minutes and seconds. */
  public String getDuration() {
    long s = result.durationSeconds();
    return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }

  public List<RoleLine> getRoleLines() {
    return roleLines;
  }

  /** Why the attempt gave no score, when it did not. */
  public String getNoScore() {
    return noScore;
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
