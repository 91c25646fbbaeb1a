package io.skillspassport.passports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.RecordingEvent;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing a result through the real result store and audit log on a migrated H2 holding the
 * shipped families: the withdrawn result stops being current and the one before it counts again; it
 * stays listed for admins with who, when and why; the withdrawal is audited and announced once (a
 * second withdrawal of the same result changes nothing); a blank, overlong or unknown request is
 * refused; nobody but an admin may list or withdraw. Every test has a candidate of its own.
 */
class ResultWithdrawalsTest {

  private static final FixedCaller ADMIN = new FixedCaller("ada", null, Set.of(Caller.ADMIN));

  private static Database db;

  private final String candidate = "cand-" + UUID.randomUUID().toString().substring(0, 8);
  private final RecordingEvent<ResultWithdrawn> withdrawn = new RecordingEvent<>();
  private final List<String> denied = new ArrayList<>();

  /** Measured 30 days ago (score 610) and 2 days ago (score 655), both Data Analysis. */
  private long older;

  private long newer;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeAll
  static void shippedContent() {
    db = ShippedFamiliesAndRoles.database(ResultWithdrawalsTest.class);
  }

  @BeforeEach
  void twoResultsOfOneFamily() {
    older = add(610, now.minus(Duration.ofDays(30)));
    newer = add(655, now.minus(Duration.ofDays(2)));
  }

  @Test
  void aWithdrawnResultStopsCountingAndTheOneBeforeItIsCurrentAgain() {
    assertThat(currentScore()).isEqualTo(655);

    AdminResultLine line = call(ADMIN, w -> w.withdraw(newer, "  Proctor reported a breach  "));

    assertThat(line.id()).isEqualTo(newer);
    assertThat(line.familyName()).isEqualTo("Data Analysis");
    assertThat(line.score()).isEqualTo(655);
    WithdrawnResult withdrawal = line.withdrawal().orElseThrow();
    assertThat(withdrawal.reason()).isEqualTo("Proctor reported a breach");
    assertThat(withdrawal.withdrawnAt()).isAfterOrEqualTo(now);
    assertThat(withdrawal.score()).isEqualTo(655);
    assertThat(withdrawal.provenance()).isEqualTo("PROCTORED");
    assertThat(currentScore()).isEqualTo(610);
    assertThat(withdrawn.fired())
        .containsExactly(
            new ResultWithdrawn(candidate, "DATA_ANALYSIS", now.minus(Duration.ofDays(2))));
    assertThat(audited()).isEqualTo(1);
    assertThat(
            db.<String>inTransaction(
                em ->
                    AuditLogFixture.of(em)
                        .search(candidate, AuditAction.RESULT_WITHDRAWN, 0, 10)
                        .get(0)
                        .detail()))
        .isEqualTo("DATA_ANALYSIS 655: Proctor reported a breach");
  }

  @Test
  void theAdminListSeesWithdrawnResultsNewestFirstAndASecondWithdrawalChangesNothing() {
    call(ADMIN, w -> w.withdraw(newer, "First reason"));
    AdminResultLine again = call(ADMIN, w -> w.withdraw(newer, "Second reason"));

    assertThat(again.withdrawal().orElseThrow().reason()).isEqualTo("First reason");
    assertThat(withdrawn.fired()).hasSize(1);
    assertThat(audited()).isEqualTo(1);
    List<AdminResultLine> lines = call(ADMIN, w -> w.resultsOf(" " + candidate + " "));
    assertThat(lines).extracting(AdminResultLine::id).containsExactly(newer, older);
    assertThat(lines.get(0).withdrawal()).isPresent();
    assertThat(lines.get(1).withdrawal()).isEmpty();
    assertThat(lines.get(1).source()).isEqualTo("withdrawals test");
    assertThat(this.<List<AdminResultLine>>call(ADMIN, w -> w.resultsOf(" "))).isEmpty();
    assertThat(this.<List<AdminResultLine>>call(ADMIN, w -> w.resultsOf(null))).isEmpty();
  }

  @Test
  void aBlankOverlongOrUnknownWithdrawalIsRefusedAndChangesNothing() {
    assertThatThrownBy(() -> call(ADMIN, w -> w.withdraw(newer, " "))).isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> call(ADMIN, w -> w.withdraw(newer, null)))
        .isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> call(ADMIN, w -> w.withdraw(newer, "x".repeat(1001))))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("at most 1000");
    assertThatThrownBy(() -> call(ADMIN, w -> w.withdraw(Long.MAX_VALUE, "Reason")))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("no result " + Long.MAX_VALUE);
    assertThat(currentScore()).isEqualTo(655);
    // 1000 characters fit (padding is stripped first).
    call(ADMIN, w -> w.withdraw(newer, " " + "x".repeat(1000) + " "));
    assertThat(currentScore()).isEqualTo(610);
    assertThat(withdrawn.fired()).hasSize(1);
  }

  @Test
  void nobodyButAnAdminMayListOrWithdraw() {
    for (FixedCaller other :
        List.of(FixedCaller.candidate(candidate), FixedCaller.employer("erin", "northwind-labs"))) {
      assertThatThrownBy(() -> call(other, w -> w.resultsOf(candidate)))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> call(other, w -> w.withdraw(newer, "Mine")))
          .isInstanceOf(AccessDenied.class);
    }
    assertThat(denied)
        .containsExactly(
            "a candidate's results",
            "withdrawing a result",
            "a candidate's results",
            "withdrawing a result");
    assertThat(currentScore()).isEqualTo(655);
    assertThat(withdrawn.fired()).isEmpty();
  }

  private int currentScore() {
    return db.inTransaction(
        em ->
            new ResultStore(em)
                .current(candidate, Instant.now())
                .get("DATA_ANALYSIS")
                .scaledScore());
  }

  private long audited() {
    return db.inTransaction(
        em -> AuditLogFixture.of(em).count(candidate, AuditAction.RESULT_WITHDRAWN));
  }

  private long add(int score, Instant measured) {
    return db.inTransaction(
        em ->
            new ResultStore(em)
                .add(
                    new FamilyResult(
                        candidate,
                        "DATA_ANALYSIS",
                        (score - 575) / 75.0,
                        0.3,
                        score,
                        22.5,
                        score - 45,
                        score + 45,
                        Provenance.PROCTORED,
                        measured,
                        measured.plus(Duration.ofDays(700)),
                        "withdrawals test"))
                .id());
  }

  private <T> T call(FixedCaller caller, Function<ResultWithdrawals, T> use) {
    return db.inTransaction(
        em -> {
          ResultWithdrawals withdrawals = new ResultWithdrawals();
          withdrawals.clock = java.time.Clock.systemUTC();
          withdrawals.results = new ResultStore(em);
          withdrawals.families = io.skillspassport.assessments.boundary.TestFamilies.of(em);
          withdrawals.guard =
              new Guard(caller) {
                @Override
                public AccessDenied refuse(String what, String reason, String message) {
                  denied.add(what);
                  return super.refuse(what, reason, message);
                }
              };
          withdrawals.log =
              io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
          withdrawals.caller = caller;
          withdrawals.withdrawn = withdrawn;
          return use.apply(withdrawals);
        });
  }
}
