package io.skillspassport.passports.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilyCatalogue;
import io.skillspassport.assessments.boundary.FamilySummary;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidates' current results (by the current-score rule of {@link Provenance}) as the employer
 * side reads them: the shared passport and the side-by-side comparison. Employers only; whether a
 * candidate shares with the employer's organisation is the caller's question (the sharing and
 * bundles components ask it before they call), so this door answers only for candidates already
 * checked. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class CurrentResults {

  @Inject Guard guard;

  @Inject ResultStore results;

  @Inject AssessmentFamilies families;

  /**
   * A candidate's current results at {@code now}, in the families' display order; a result of a
   * family that no longer exists is left out.
   */
  public List<PassportResult> of(String candidate, Instant now) {
    guard.requireRole(Caller.EMPLOYER, "the current results of " + candidate);
    Map<String, FamilyResult> current = results.current(candidate, now);
    List<PassportResult> shown = new ArrayList<>();
    for (FamilySummary family : families.familyCatalogue().families()) {
      FamilyResult r = current.get(family.code());
      if (r != null) {
        shown.add(PassportResult.of(r, family.name(), now, Duration.ZERO));
      }
    }
    return shown;
  }

  /**
   * The current results of many candidates at once, in one query: candidate → family code → result,
   * for comparing an organisation's shared candidates.
   */
  public Map<String, Map<String, PassportResult>> ofAll(
      Collection<String> candidates, Instant now) {
    guard.requireRole(
        Caller.EMPLOYER, "the current results of " + candidates.size() + " candidates");
    FamilyCatalogue catalogue = families.familyCatalogue();
    Map<String, Map<String, PassportResult>> byCandidate = new LinkedHashMap<>();
    for (FamilyResult r : results.currentOf(candidates, now)) {
      byCandidate
          .computeIfAbsent(r.candidate(), c -> new LinkedHashMap<>())
          .put(
              r.familyCode(),
              PassportResult.of(r, catalogue.nameOf(r.familyCode()), now, Duration.ZERO));
    }
    return byCandidate;
  }
}
