package io.skillspassport.passports.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The candidate's dashboard.
 *
 * @param candidate whose passport it is
 * @param asOf the moment it was read
 * @param families every family in display order
 * @param history older results (superseded or expired), newest first
 */
public record PassportDashboard(
    String candidate, Instant asOf, List<FamilyStanding> families, List<PassportResult> history) {

  public PassportDashboard {
    families = List.copyOf(families);
    history = List.copyOf(history);
  }

  /** How many families have a current result. */
  public long measuredCount() {
    return families.stream().filter(FamilyStanding::measured).count();
  }
}
