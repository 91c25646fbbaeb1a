package io.skillspassport.passports.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * A CDI event: an admin withdrew a passport result, in the transaction that withdraws it.
 * Components holding copies of the result (exported credentials) observe it to retire them.
 *
 * @param candidate whose passport
 * @param familyCode the family of the withdrawn result
 * @param measuredAt when the withdrawn result was measured (with the family, what a credential
 *     remembers of it)
 */
public record ResultWithdrawn(String candidate, String familyCode, Instant measuredAt) {

  public ResultWithdrawn {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(measuredAt, "measuredAt");
  }
}
