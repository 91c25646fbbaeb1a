package io.skillspassport.sharing.boundary;

import io.skillspassport.passports.boundary.PassportResult;
import java.time.Instant;
import java.util.List;

/**
 * A candidate's current results as an employer of an organisation they share with sees them.
 *
 * @param candidate the candidate's username
 * @param asOf when it was read
 * @param results the current result per measured family, in family display order
 */
public record SharedPassport(String candidate, Instant asOf, List<PassportResult> results) {

  public SharedPassport {
    results = List.copyOf(results);
  }
}
