package io.skillspassport.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test sets: "now" is whatever the test last said, in UTC. For simulations that move
 * business time on step by step and need the rows' change stamps and the readers' stamps on the
 * same time line.
 */
public final class TestClock extends Clock {

  private volatile Instant now;

  public TestClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  /** From now on, "now" is {@code instant}. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }
}
