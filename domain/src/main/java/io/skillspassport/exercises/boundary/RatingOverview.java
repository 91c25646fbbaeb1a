package io.skillspassport.exercises.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The rating page's starting point for one bundle: its exercises and the candidates who share with
 * the organisation, with what the caller has already rated.
 */
public record RatingOverview(
    long bundleId, String bundleName, List<Exercise> exercises, List<CandidateRow> candidates)
    implements Serializable {

  public RatingOverview {
    exercises = List.copyOf(exercises);
    candidates = List.copyOf(candidates);
  }

  /** An exercise of the bundle; {@code rated} is false when no rubric exists for its kind. */
  public record Exercise(String kind, String name, boolean rateable) implements Serializable {}

  /**
   * One candidate: per exercise (same order as {@link #exercises()}) whether the caller has rated
   * and how many interviewers have, and whether the organisation released the interviewers' notes
   * to the candidate.
   */
  public record CandidateRow(
      String candidate, List<Boolean> ratedByMe, List<Integer> raters, List<Boolean> notesReleased)
      implements Serializable {

    public CandidateRow {
      ratedByMe = List.copyOf(ratedByMe);
      raters = List.copyOf(raters);
      notesReleased = List.copyOf(notesReleased);
    }
  }
}
