package io.skillspassport.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail through the real audit log on a migrated H2: entries are recorded in the caller's
 * name; admins page through them newest first, filtered by text and action, with the page size
 * clamped to 1…200 and the page number to the pages there are; nobody else reads the log. Every
 * test searches for a token of its own, so the tests share one database in any order.
 */
class AuditTrailTest {

  private static final FixedCaller ADMIN = new FixedCaller("ada", null, Set.of(Caller.ADMIN));

  private static Database db;

  private final String token = "t" + UUID.randomUUID().toString().substring(0, 8);

  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void database() {
    db = ShippedFamiliesAndRoles.database(AuditTrailTest.class);
  }

  @Test
  void entriesAreRecordedInTheCallersNameAndReadNewestFirst() {
    FixedCaller erin = FixedCaller.employer("erin-" + token, "northwind-labs");
    run(erin, t -> t.record(AuditAction.PASSPORT_VIEWED, "passport of cara " + token, "first"));
    run(erin, t -> t.recordDenied("bundle 7 " + token, "not a bundle of the organisation"));

    AuditTrail.AuditPage page = call(ADMIN, t -> t.search(" " + token + " ", null, 0, 10));

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.entries())
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "erin-" + token,
                "ACCESS_DENIED",
                "bundle 7 " + token,
                "not a bundle of the organisation"),
            org.assertj.core.groups.Tuple.tuple(
                "erin-" + token, "PASSPORT_VIEWED", "passport of cara " + token, "first"));
    assertThat(call(ADMIN, t -> t.search(token, AuditAction.ACCESS_DENIED, 0, 10)).total())
        .isEqualTo(1);
    assertThat(call(ADMIN, t -> t.search(token, AuditAction.RESULT_WITHDRAWN, 0, 10)).entries())
        .isEmpty();
  }

  /**
   * Five entries in pages of two: pages 0, 1, 2 hold 2, 2 and 1 entries (⌈5/2⌉ = 3 pages); page 9
   * and page −1 are clamped to the last and the first; a page size of 0 is read as 1 and 500 as
   * 200.
   */
  @Test
  void pagesAreClampedToThePagesThereAreAndTheSizeToOneToTwoHundred() {
    for (int i = 0; i < 5; i++) {
      String n = Integer.toString(i);
      run(ADMIN, t -> t.record(AuditAction.CONTENT_CHANGED, token + " item " + n, n));
    }

    AuditTrail.AuditPage first = call(ADMIN, t -> t.search(token, null, 0, 2));
    AuditTrail.AuditPage middle = call(ADMIN, t -> t.search(token, null, 1, 2));
    AuditTrail.AuditPage last = call(ADMIN, t -> t.search(token, null, 9, 2));
    AuditTrail.AuditPage before = call(ADMIN, t -> t.search(token, null, -1, 2));
    AuditTrail.AuditPage tiny = call(ADMIN, t -> t.search(token, null, 0, 0));
    AuditTrail.AuditPage huge = call(ADMIN, t -> t.search(token, null, 0, 500));

    assertThat(first.entries()).hasSize(2);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(middle.page()).isEqualTo(1);
    assertThat(middle.hasPrevious()).isTrue();
    assertThat(middle.hasNext()).isTrue();
    assertThat(last.page()).isEqualTo(2);
    assertThat(last.entries()).hasSize(1);
    assertThat(last.hasNext()).isFalse();
    assertThat(before.page()).isZero();
    assertThat(tiny.pageSize()).isEqualTo(1);
    assertThat(tiny.entries()).hasSize(1);
    assertThat(tiny.pages()).isEqualTo(5);
    assertThat(huge.pageSize()).isEqualTo(AuditTrail.MAX_PAGE_SIZE).isEqualTo(200);
    assertThat(huge.entries()).hasSize(5);
    assertThat(huge.pages()).isEqualTo(1);
    // The five entries, each once, across the three pages.
    List<String> seen = new ArrayList<>();
    for (AuditTrail.AuditPage p : List.of(first, middle, last)) {
      p.entries().forEach(e -> seen.add(e.detail()));
    }
    assertThat(seen).containsExactlyInAnyOrder("0", "1", "2", "3", "4");
  }

  @Test
  void anEmptySearchIsOnePageWithNothingOnIt() {
    AuditTrail.AuditPage none = call(ADMIN, t -> t.search(token + "-nothing", null, 3, 20));

    assertThat(none.total()).isZero();
    assertThat(none.page()).isZero();
    assertThat(none.pages()).isEqualTo(1);
    assertThat(none.hasNext()).isFalse();
    assertThat(none.entries()).isEmpty();
  }

  @Test
  void nobodyButAnAdminReadsTheLog() {
    for (FixedCaller other :
        List.of(FixedCaller.employer("erin", "northwind-labs"), FixedCaller.candidate("cara"))) {
      assertThatThrownBy(() -> call(other, t -> t.search(null, null, 0, 10)))
          .isInstanceOf(AccessDenied.class);
    }
    assertThat(denied).containsExactly("the audit log", "the audit log");
  }

  private void run(FixedCaller caller, java.util.function.Consumer<AuditTrail> use) {
    call(
        caller,
        t -> {
          use.accept(t);
          return null;
        });
  }

  private <T> T call(FixedCaller caller, Function<AuditTrail, T> use) {
    return db.inTransaction(
        em -> {
          AuditTrail trail = new AuditTrail();
          trail.log = AuditLogFixture.of(em);
          trail.caller = caller;
          trail.guard =
              new Guard(caller) {
                @Override
                public AccessDenied refuse(String what, String reason, String message) {
                  denied.add(what);
                  return super.refuse(what, reason, message);
                }
              };
          return use.apply(trail);
        });
  }
}
