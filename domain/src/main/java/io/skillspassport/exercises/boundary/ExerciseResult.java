package io.skillspassport.exercises.boundary;

import java.util.List;

/**
 * A candidate's result in one exercise of a bundle, shown beside — never inside — the composite:
 * per criterion the mean rating, its spread and how many interviewers it rests on.
 *
 * @param visible false while the caller has not submitted their own ratings for this candidate and
 *     exercise (so that interviewers rate independently); the numbers are then empty
 * @param raters interviewers who rated the candidate in this exercise
 * @param mean the mean over criteria of the criterion means (NaN when hidden or unrated)
 */
public record ExerciseResult(
    String candidate,
    String kind,
    String exerciseName,
    boolean visible,
    int raters,
    double mean,
    List<CriterionResult> criteria) {

  public ExerciseResult {
    criteria = List.copyOf(criteria);
  }

  /**
   * One criterion's result.
   *
   * @param standardDeviation sample SD over raters; NaN with a single rater
   */
  public record CriterionResult(
      String criterion, String criterionName, int raters, double mean, double standardDeviation) {}
}
