package io.skillspassport.exercises.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What a candidate sees of an exercise recorded for them: which organisation, which exercise, the
 * rubric (title, version, criteria) and how many interviewers rated — no levels, no notes.
 */
public record RecordedExercise(
    String organisation,
    String kind,
    String rubricTitle,
    int rubricVersion,
    boolean adaptedByEmployer,
    List<String> criteria,
    int raters,
    Instant lastRatedAt) {

  public RecordedExercise {
    criteria = List.copyOf(criteria);
  }
}
