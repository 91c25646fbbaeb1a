package io.skillspassport.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The token bucket on a hand-driven clock. Expected values from the rule in {@link RateLimiter}:
 * limit 3 per 60 s refills one token every 20 s.
 */
class RateLimiterTest {

  private final AtomicLong nanos = new AtomicLong();
  private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), nanos::get);

  @Test
  void letsTheLimitThroughAtOnceThenSaysHowLongToWait() {
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();

    assertThat(limiter.acquire("a")).isEqualTo(Duration.ofSeconds(20));
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(limiter.acquire("a")).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void refillsOneTokenPerIntervalAndNeverAboveTheLimit() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }
    nanos.addAndGet(Duration.ofSeconds(20).toNanos());
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isPositive();

    nanos.addAndGet(Duration.ofHours(1).toNanos());
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    assertThat(limiter.acquire("a")).isPositive();
  }

  @Test
  void keepsOneBucketPerClient() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }
    assertThat(limiter.acquire("a")).isPositive();
    assertThat(limiter.acquire("b")).isZero();
  }
}
