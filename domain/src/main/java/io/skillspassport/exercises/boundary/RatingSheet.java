package io.skillspassport.exercises.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What an interviewer sees when rating one candidate in one exercise: the rubric, their own current
 * ratings and revision history — never another interviewer's ratings (independence), only how many
 * others have rated.
 *
 * @param mine the caller's current rating per criterion (empty before the first submission)
 * @param history the caller's earlier ratings, newest revision first
 * @param otherRaters how many other interviewers have rated this candidate in this exercise
 */
public record RatingSheet(
    long bundleId,
    String bundleName,
    String kind,
    String exerciseName,
    String candidate,
    RubricView rubric,
    List<GivenRating> mine,
    List<GivenRating> history,
    int otherRaters)
    implements Serializable {

  public RatingSheet {
    mine = List.copyOf(mine);
    history = List.copyOf(history);
  }

  /** Whether the caller has submitted ratings for this candidate and exercise. */
  public boolean submitted() {
    return !mine.isEmpty();
  }

  /** One rating the caller gave. */
  public record GivenRating(
      String criterion, int level, String note, int revision, int rubricVersion, Instant ratedAt)
      implements Serializable {}
}
