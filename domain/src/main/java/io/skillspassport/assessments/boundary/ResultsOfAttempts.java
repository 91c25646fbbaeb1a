package io.skillspassport.assessments.boundary;

import java.util.Optional;

/**
 * Where the score of an ended attempt goes: the candidate's passport. The assessments component
 * declares what it needs here and the passports component implements it ({@code
 * passports.boundary.AssessedResults}), so the dependency runs from passports to assessments only —
 * the passport reads the family catalogue, and the assessments never see the passport's entities or
 * store. Both methods join the caller's transaction and hold for the signed-in candidate's own
 * passport only.
 */
public interface ResultsOfAttempts {

  /**
   * Records the score as a passport result (provenance SAMPLE) and returns it as stored; its id is
   * usable as a foreign key in the same transaction.
   */
  RecordedResult record(AssessedScore score);

  /** The caller's own passport result {@code id}, if it exists. */
  Optional<RecordedResult> byId(long id);
}
