package io.skillspassport.passports.boundary;

import java.util.List;

/**
 * Readiness for one role with its gap analysis.
 *
 * @param readiness the verdict, composite or missing families
 * @param gaps per weighted family, in the scoring module's explanation order (largest weighted
 *     shortfall first); empty when the passport is incomplete
 */
public record RoleReadinessDetail(RoleReadiness readiness, List<FamilyGapEntry> gaps) {

  public RoleReadinessDetail {
    gaps = List.copyOf(gaps);
  }
}
