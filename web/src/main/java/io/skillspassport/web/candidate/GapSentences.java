package io.skillspassport.web.candidate;

import io.skillspassport.passports.boundary.FamilyGapEntry;
import io.skillspassport.scoring.readiness.GapStep;
import io.skillspassport.scoring.scale.ReportingScale;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts the numbers of a gap analysis into plain-language sentences such as "Raising Data Analysis
 * by 40 points lifts your readiness by 7". The step, its composite gain and whether that gain lies
 * within the composite's measurement noise are the scoring module's {@link GapStep}, carried by
 * each {@link FamilyGapEntry}; this class only chooses the words.
 *
 * <p>Public only so that Faces EL can read the sentences.
 */
public final class GapSentences {

  private GapSentences() {}

  /**
   * One sentence about one family.
   *
   * @param text the sentence
   * @param familyCode the family it is about
   * @param withinNoise whether the gain is smaller than SEM_C
   */
  public record Sentence(String text, String familyCode, boolean withinNoise) {}

  /** The sentences for every family of a gap analysis, in its order. */
  static List<Sentence> of(List<FamilyGapEntry> gaps, double compositeSem, ResourceBundle texts) {
    List<Sentence> sentences = new ArrayList<>();
    for (FamilyGapEntry gap : gaps) {
      sentences.add(of(gap, compositeSem, texts));
    }
    return sentences;
  }

  static Sentence of(FamilyGapEntry gap, double compositeSem, ResourceBundle texts) {
    GapStep step = gap.step();
    if (step.atTop()) {
      return new Sentence(
          format(texts, "readiness.gap.top", gap.familyName()), gap.familyCode(), false);
    }
    StringBuilder text =
        new StringBuilder(
            format(
                texts,
                step.reachesThreshold() ? "readiness.gap.raise.reaches" : "readiness.gap.raise",
                gap.familyName(),
                Integer.toString(step.points()),
                Formats.points(step.compositeGain())));
    if (step.beyondScale()) {
      text.append(' ')
          .append(
              format(
                  texts,
                  "readiness.gap.infeasible",
                  gap.familyName(),
                  Integer.toString(step.pointsNeededAlone()),
                  Integer.toString(step.headroom()),
                  Integer.toString(ReportingScale.standard().maximum())));
    }
    if (step.withinCompositeNoise()) {
      text.append(' ').append(format(texts, "readiness.gap.noise", Formats.points(compositeSem)));
    }
    return new Sentence(text.toString(), gap.familyCode(), step.withinCompositeNoise());
  }

  private static String format(ResourceBundle texts, String key, Object... args) {
    MessageFormat format = new MessageFormat(texts.getString(key), Locale.ROOT);
    return format.format(args);
  }
}
