package io.skillspassport.passports.boundary;

import java.util.List;

/**
 * The candidate's home page in one reading: the dashboard and the readiness for every published
 * role, in slug order.
 */
public record PassportOverview(PassportDashboard dashboard, List<RoleReadiness> readiness) {

  public PassportOverview {
    readiness = List.copyOf(readiness);
  }
}
