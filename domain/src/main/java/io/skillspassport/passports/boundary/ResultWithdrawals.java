package io.skillspassport.passports.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An admin's withdrawal of passport results (a proctoring irregularity, an engine that sent a wrong
 * score). Every method checks that the caller is an admin.
 *
 * <p>A withdrawn result stops counting everywhere at once — passport, readiness, employers'
 * comparisons — because every query of current results skips withdrawn ones; the result before it
 * (if any, and not expired) becomes current again. It stays stored with who withdrew it, when and
 * why, and its candidate sees that on their passport page. The withdrawal fires {@link
 * ResultWithdrawn} in the same transaction, so every exported credential carrying the result gets
 * its status bit set (the credentials component's revocation path) — or nothing happens at all.
 */
@ApplicationScoped
@Transactional
public class ResultWithdrawals {

  @Inject Clock clock;

  static final int REASON_LENGTH = 1000;

  @Inject ResultStore results;

  @Inject AssessmentFamilies families;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject Caller caller;

  @Inject Event<ResultWithdrawn> withdrawn;

  /** Every stored result of a candidate, withdrawn ones included, newest first. */
  public List<AdminResultLine> resultsOf(String candidate) {
    guard.requireAdmin("a candidate's results");
    if (candidate == null || candidate.isBlank()) {
      return List.of();
    }
    Map<String, String> names = names();
    return results.all(candidate.strip()).stream().map(r -> line(r, names)).toList();
  }

  /**
   * Withdraws a result, with the reason its candidate will read.
   *
   * @throws Rejected for an unknown result or a blank or overlong reason
   */
  public AdminResultLine withdraw(long resultId, String reason) {
    guard.requireAdmin("withdrawing a result");
    if (reason == null || reason.isBlank()) {
      throw new Rejected("Say why the result is withdrawn; the candidate will read it");
    }
    if (reason.strip().length() > REASON_LENGTH) {
      throw new Rejected(
          "A reason has at most " + REASON_LENGTH + " characters; this one has more");
    }
    FamilyResult result =
        results.byId(resultId).orElseThrow(() -> new Rejected("There is no result " + resultId));
    if (result.withdrawnAt().isEmpty()) {
      result.withdraw(Instant.now(clock), caller.username(), reason);
      log.record(
          AuditAction.RESULT_WITHDRAWN,
          "result " + resultId + " of " + result.candidate(),
          result.familyCode() + " " + result.scaledScore() + ": " + reason.strip());
      withdrawn.fire(
          new ResultWithdrawn(result.candidate(), result.familyCode(), result.measuredAt()));
    }
    return line(result, names());
  }

  private Map<String, String> names() {
    return families.familyCatalogue().names();
  }

  static Optional<WithdrawnResult> withdrawal(FamilyResult r, Map<String, String> names) {
    return r.withdrawnAt()
        .map(
            at ->
                new WithdrawnResult(
                    r.id(),
                    r.familyCode(),
                    names.getOrDefault(r.familyCode(), r.familyCode()),
                    r.scaledScore(),
                    r.provenance().name(),
                    r.measuredAt(),
                    at,
                    r.withdrawalReason().orElse("")));
  }

  private static AdminResultLine line(FamilyResult r, Map<String, String> names) {
    return new AdminResultLine(
        r.id(),
        r.familyCode(),
        names.getOrDefault(r.familyCode(), r.familyCode()),
        r.scaledScore(),
        r.sem(),
        r.provenance().name(),
        r.source(),
        r.measuredAt(),
        r.expiresAt(),
        withdrawal(r, names));
  }
}
