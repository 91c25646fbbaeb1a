package io.skillspassport.passports.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * A CDI event: a new result was added to a candidate's passport, in the transaction that adds it.
 * Components that hold copies of passport results (exported credentials) observe it to retire what
 * the new result supersedes.
 *
 * @param candidate whose passport
 * @param familyCode the family the result is for
 * @param measuredAt when it was measured
 */
public record ResultRecorded(String candidate, String familyCode, Instant measuredAt) {

  public ResultRecorded {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(measuredAt, "measuredAt");
  }
}
