package io.skillspassport.sharing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A share's life without a database: active from its start until it is revoked or its end passes
 * (the end itself no longer counts), revocation is final and keeps its first moment, a replaced or
 * revoked share is no longer the current one; a viewing is filed under its UTC day.
 */
class PassportShareTest {

  private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant END = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void aShareKeepsWhoSharedWithWhomAndWhen() {
    PassportShare s = new PassportShare("cara", "northwind-labs", START, END);

    assertThat(s.candidate()).isEqualTo("cara");
    assertThat(s.organisation()).isEqualTo("northwind-labs");
    assertThat(s.sharedAt()).isEqualTo(START);
    assertThat(s.expiresAt()).contains(END);
    assertThat(s.revokedAt()).isEmpty();
    assertThat(s.isCurrent()).isTrue();
  }

  @Test
  void aShareIsActiveUntilJustBeforeItsEnd() {
    PassportShare s = new PassportShare("cara", "northwind-labs", START, END);

    assertThat(s.isActiveAt(START)).isTrue();
    assertThat(s.isActiveAt(END.minusMillis(1))).isTrue();
    assertThat(s.isActiveAt(END)).isFalse();
    assertThat(s.isActiveAt(END.plusSeconds(1))).isFalse();
  }

  @Test
  void anOpenEndedShareIsActiveUntilRevoked() {
    PassportShare s = new PassportShare("cara", "northwind-labs", START, null);

    assertThat(s.expiresAt()).isEmpty();
    assertThat(s.isActiveAt(Instant.parse("2100-01-01T00:00:00Z"))).isTrue();

    s.revoke(END);

    assertThat(s.isActiveAt(START)).isFalse();
    assertThat(s.revokedAt()).contains(END);
    assertThat(s.isCurrent()).isFalse();
  }

  @Test
  void revokingTwiceKeepsTheFirstMoment() {
    PassportShare s = new PassportShare("cara", "northwind-labs", START, null);

    s.revoke(END);
    s.revoke(END.plusSeconds(60));

    assertThat(s.revokedAt()).contains(END);
  }

  @Test
  void aReplacedShareIsNoLongerCurrentButStillActive() {
    PassportShare s = new PassportShare("cara", "northwind-labs", START, END);

    s.replace(START.plusSeconds(1));

    assertThat(s.isCurrent()).isFalse();
    assertThat(s.isActiveAt(START)).isTrue();
  }

  @Test
  void theEndMustLieAfterTheStart() {
    assertThatThrownBy(() -> new PassportShare("cara", "acme", START, START))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PassportShare("cara", "acme", START, START.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PassportShare(null, "acme", START, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PassportShare("cara", null, START, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PassportShare("cara", "acme", null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void anActiveShareCanBeGivenANewEndOrNone() {
    PassportShare s = new PassportShare("cara", "acme", START, END);

    s.endAt(START.plusSeconds(1), START.plusSeconds(2));
    assertThat(s.expiresAt()).contains(START.plusSeconds(1));
    assertThat(s.isActiveAt(START.plusSeconds(1))).isFalse();

    s.endAt(null, START.plusSeconds(3));
    assertThat(s.expiresAt()).isEmpty();

    assertThatThrownBy(() -> s.endAt(START, START.plusSeconds(4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.expiresAt()).isEmpty();
  }

  @Test
  void aRevokedShareCannotBeGivenANewEnd() {
    PassportShare s = new PassportShare("cara", "acme", START, END);
    s.revoke(START.plusSeconds(5));

    assertThatThrownBy(() -> s.endAt(END.plusSeconds(60), START.plusSeconds(6)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(s.expiresAt()).contains(END);
  }

  @Test
  void aViewingIsFiledUnderItsUtcDay() {
    PassportViewing late =
        new PassportViewing(
            "cara", "acme", "erin", Instant.parse("2026-11-01T23:59:59Z"), "comparison");
    PassportViewing early =
        new PassportViewing("cara", "acme", "erin", Instant.parse("2026-11-02T00:00:00Z"), "csv");

    assertThat(late.viewedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(early.viewedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(late.candidate()).isEqualTo("cara");
    assertThat(late.organisation()).isEqualTo("acme");
    assertThat(late.viewer()).isEqualTo("erin");
    assertThat(late.viewedAt()).isEqualTo(Instant.parse("2026-11-01T23:59:59Z"));
    assertThat(late.context()).isEqualTo("comparison");
    assertThatThrownBy(() -> new PassportViewing("cara", "acme", "erin", START, null))
        .isInstanceOf(NullPointerException.class);
  }
}
