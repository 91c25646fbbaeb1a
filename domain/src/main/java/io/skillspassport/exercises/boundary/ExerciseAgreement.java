package io.skillspassport.exercises.boundary;

import java.util.List;

/**
 * Rater agreement in one exercise of a bundle, per rubric criterion.
 *
 * @param candidates candidates with at least one rating in this exercise
 * @param raters interviewers who rated at least one candidate
 */
public record ExerciseAgreement(
    String kind,
    String exerciseName,
    RubricView rubric,
    int candidates,
    int raters,
    List<CriterionAgreement> criteria) {

  /**
   * The fewest candidates rated by at least two interviewers for an α to be judged at all. The
   * portal's rule: with fewer units one candidate decides the figure (Krippendorff's own minimum
   * sample sizes for a 0.05-level test of α ≥ 0.667 are far larger).
   */
  public static final int MIN_UNITS = 5;

  public ExerciseAgreement {
    criteria = List.copyOf(criteria);
  }

  /**
   * Agreement on one criterion.
   *
   * @param pairableUnits candidates rated by at least two interviewers (what α rests on)
   * @param pairableRatings the ratings of those candidates
   * @param alphaOrdinal the headline figure: ratings on anchored levels are ordered, not equally
   *     spaced
   * @param intraclass the intraclass correlations, present only when every interviewer rated every
   *     candidate
   */
  public record CriterionAgreement(
      String criterion,
      String criterionName,
      int pairableUnits,
      int pairableRatings,
      Coefficient alphaOrdinal,
      Coefficient alphaInterval,
      Coefficient alphaNominal,
      Coefficient alphaRatio,
      List<Coefficient> intraclass,
      Reliance reliance) {

    public CriterionAgreement {
      intraclass = List.copyOf(intraclass);
    }

    /** Whether the table was complete, so the intraclass correlations are shown. */
    public boolean complete() {
      return !intraclass.isEmpty();
    }

    /** Whether the page should warn that this criterion's agreement cannot be relied on. */
    public boolean warn() {
      return reliance != Reliance.RELIABLE;
    }
  }

  /**
   * One coefficient: a value, or why there is none.
   *
   * @param name e.g. {@code alpha_ordinal}, {@code icc2}
   * @param value the value; NaN when undefined
   * @param undefinedBecause empty when defined
   */
  public record Coefficient(String name, double value, String undefinedBecause) {

    public boolean defined() {
      return !Double.isNaN(value);
    }
  }
}
