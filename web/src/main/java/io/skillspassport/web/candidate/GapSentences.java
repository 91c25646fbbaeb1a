package io.skillspassport.web.candidate;

import io.skillspassport.passports.boundary.FamilyGapEntry;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns the numbers of a gap analysis into plain-language sentences such as "Raising Data Analysis
 * by 40 points lifts your readiness by 7". The gain is the normalised weight times the step; a gain
 * smaller than the composite's own measurement noise (SEM_C) is flagged, because a change that size
 * could not be told apart from measuring again.
 *
 * <p>Public only so that Faces EL can read the sentences. The step is the gain that alone would
 * bring the composite to the threshold when that is possible below 850, otherwise {@link
 * #STANDARD_STEP} points (or what is left below 850).
 */
public final class GapSentences {

  /** The step used when no family-alone target exists or is reachable. */
  static final int STANDARD_STEP = 50;

  private GapSentences() {}

  /**
   * One sentence about one family.
   *
   * @param text the sentence
   * @param familyCode the family it is about
   * @param withinNoise whether the gain is smaller than SEM_C
   */
  public record Sentence(String text, String familyCode, boolean withinNoise) {}

  /** The step, in family points, that a sentence about {@code gap} talks about. */
  static int step(FamilyGapEntry gap) {
    if (gap.pointsNeededAlone() > 0 && gap.feasibleAlone()) {
      return (int) Math.ceil(gap.pointsNeededAlone() - 1e-9);
    }
    return Math.min(STANDARD_STEP, gap.headroom());
  }

  /** The sentences for every family of a gap analysis, in its order. */
  static List<Sentence> of(List<FamilyGapEntry> gaps, double compositeSem, ResourceBundle texts) {
    List<Sentence> sentences = new ArrayList<>();
    for (FamilyGapEntry gap : gaps) {
      sentences.add(of(gap, compositeSem, texts));
    }
    return sentences;
  }

  static Sentence of(FamilyGapEntry gap, double compositeSem, ResourceBundle texts) {
    int step = step(gap);
    if (step <= 0) {
      return new Sentence(
          format(texts, "readiness.gap.top", gap.familyName()), gap.familyCode(), false);
    }
    double gain = step * gap.normalisedWeight();
    boolean reaches = gap.pointsNeededAlone() > 0 && gap.feasibleAlone();
    StringBuilder text =
        new StringBuilder(
            format(
                texts,
                reaches ? "readiness.gap.raise.reaches" : "readiness.gap.raise",
                gap.familyName(),
                Integer.toString(step),
                Formats.points(gain)));
    if (gap.pointsNeededAlone() > 0 && !gap.feasibleAlone()) {
      text.append(' ')
          .append(
              format(
                  texts,
                  "readiness.gap.infeasible",
                  gap.familyName(),
                  Long.toString(Math.round(Math.ceil(gap.pointsNeededAlone()))),
                  Integer.toString(gap.headroom())));
    }
    boolean noise = gain < compositeSem;
    if (noise) {
      text.append(' ').append(format(texts, "readiness.gap.noise", Formats.points(compositeSem)));
    }
    return new Sentence(text.toString(), gap.familyCode(), noise);
  }

  private static String format(ResourceBundle texts, String key, Object... args) {
    MessageFormat format = new MessageFormat(texts.getString(key), Locale.ROOT);
    return format.format(args);
  }
}
