package io.skillspassport.passports.boundary;

import java.util.List;

/**
 * The candidate's home page in one reading: the dashboard, the readiness for every published role
 * (in slug order) and the withdrawn results (most recently withdrawn first, with the reasons).
 */
public record PassportOverview(
    PassportDashboard dashboard, List<RoleReadiness> readiness, List<WithdrawnResult> withdrawn) {

  public PassportOverview {
    readiness = List.copyOf(readiness);
    withdrawn = List.copyOf(withdrawn);
  }
}
