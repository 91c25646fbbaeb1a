package io.skillspassport.exercises.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a candidate sees of an exercise recorded for them: which organisation, which exercise, the
 * rubric (title, version, criteria) and how many interviewers rated — never levels, and the
 * interviewers' notes only once the organisation released them ({@code notesReleased}); then {@code
 * notes} holds them per criterion, without rater names. Before a release {@code notes} is empty.
 */
public record RecordedExercise(
    String organisation,
    String kind,
    String rubricTitle,
    int rubricVersion,
    boolean adaptedByEmployer,
    List<String> criteria,
    int raters,
    Instant lastRatedAt,
    boolean notesReleased,
    List<CriterionNotes> notes)
    implements Serializable {

  public RecordedExercise {
    criteria = List.copyOf(criteria);
    notes = List.copyOf(notes);
  }

  /** The released notes on one criterion of the rubric, blank notes left out. */
  public record CriterionNotes(String criterion, String name, List<String> notes)
      implements Serializable {

    public CriterionNotes {
      notes = List.copyOf(notes);
    }
  }
}
