package io.skillspassport.assessments.boundary;

import io.skillspassport.scoring.irt.ThetaEstimate;
import java.time.Instant;
import java.util.Objects;

/**
 * A score measured by an assessment taken in the portal, as the assessments component hands it to
 * the passport (through {@link ResultsOfAttempts}): the θ estimate (the passport puts it on the
 * reporting scale), when it was measured, a line saying where it came from, and what the
 * measurement rests on.
 *
 * @param candidate whose passport
 * @param familyCode the assessment family
 * @param estimate θ and its standard error (both present)
 * @param measuredAt when the attempt ended
 * @param source a human-readable origin, e.g. {@code "PYTHON adaptive assessment, bank v3, attempt
 *     7"}
 * @param measurement the bank version, parameter status, item counts and duration
 */
public record AssessedScore(
    String candidate,
    String familyCode,
    ThetaEstimate estimate,
    Instant measuredAt,
    String source,
    Measurement measurement) {

  /** Validates. */
  public AssessedScore {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(measuredAt, "measuredAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(measurement, "measurement");
  }
}
