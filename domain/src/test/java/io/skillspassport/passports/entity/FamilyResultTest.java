package io.skillspassport.passports.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.passports.boundary.Provenance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A stored result's invariants: a finite θ with a positive SE, a band that contains the reported
 * score, an expiry after the measurement; a result is current strictly before its expiry.
 */
class FamilyResultTest {

  private static final Instant MEASURED = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant EXPIRES = MEASURED.plus(Duration.ofDays(730));

  private static FamilyResult result(double theta, double se, int score, int low, int high) {
    return new FamilyResult(
        "cara",
        "PYTHON",
        theta,
        se,
        score,
        se * 75,
        low,
        high,
        Provenance.SAMPLE,
        MEASURED,
        EXPIRES,
        "sample PYTHON v1");
  }

  @Test
  void keepsEveryFigureAsGiven() {
    // 575 + 75·0.4 = 605; SEM = 75·0.35 = 26.25; band 605 ± 1.96·26.25 = [553.55, 656.45] → [553,
    // 657].
    FamilyResult r = result(0.4, 0.35, 605, 553, 657);

    assertThat(r.candidate()).isEqualTo("cara");
    assertThat(r.familyCode()).isEqualTo("PYTHON");
    assertThat(r.theta()).isEqualTo(0.4);
    assertThat(r.thetaSe()).isEqualTo(0.35);
    assertThat(r.scaledScore()).isEqualTo(605);
    assertThat(r.sem()).isEqualTo(26.25);
    assertThat(r.bandLow()).isEqualTo(553);
    assertThat(r.bandHigh()).isEqualTo(657);
    assertThat(r.provenance()).isEqualTo(Provenance.SAMPLE);
    assertThat(r.measuredAt()).isEqualTo(MEASURED);
    assertThat(r.expiresAt()).isEqualTo(EXPIRES);
    assertThat(r.source()).isEqualTo("sample PYTHON v1");
  }

  @Test
  void isCurrentStrictlyBeforeItsExpiry() {
    FamilyResult r = result(0.4, 0.35, 605, 553, 657);

    assertThat(r.isCurrentAt(MEASURED)).isTrue();
    assertThat(r.isCurrentAt(EXPIRES.minusMillis(1))).isTrue();
    assertThat(r.isCurrentAt(EXPIRES)).isFalse();
  }

  @Test
  void aBandMayEndAtTheScoreButMustContainIt() {
    assertThat(result(3.6, 0.5, 850, 777, 850).bandHigh()).isEqualTo(850);
    assertThat(result(-3.6, 0.5, 300, 300, 374).bandLow()).isEqualTo(300);
    assertThatThrownBy(() -> result(0.4, 0.35, 605, 606, 657))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[606, 657]");
    assertThatThrownBy(() -> result(0.4, 0.35, 605, 553, 604))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANonFiniteThetaOrANonPositiveStandardError() {
    assertThatThrownBy(() -> result(Double.NaN, 0.35, 605, 553, 657))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> result(Double.POSITIVE_INFINITY, 0.35, 605, 553, 657))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> result(0.4, Double.POSITIVE_INFINITY, 605, 553, 657))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> result(0.4, 0, 605, 553, 657))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SE > 0");
    assertThat(result(0.4, Double.MIN_VALUE, 605, 605, 605).thetaSe()).isPositive();
  }

  @Test
  void mustExpireAfterItWasMeasured() {
    assertThatThrownBy(
            () ->
                new FamilyResult(
                    "cara",
                    "PYTHON",
                    0.4,
                    0.35,
                    605,
                    26.25,
                    553,
                    657,
                    Provenance.SAMPLE,
                    MEASURED,
                    MEASURED,
                    "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expire");
  }
}
