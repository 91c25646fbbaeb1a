package io.skillspassport.web.api;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code limit} requests at once, refilled at {@code limit/window}; a
 * request finding the bucket empty is refused with the time until the next token. Buckets live in
 * this instance's memory, so with several portal instances the limit holds per instance (documented
 * in the README).
 *
 * <p>{@code tokens(t) = min(limit, tokens(t₀) + (t − t₀)·limit/window)}; a request takes one token;
 * with fewer than one left the wait is {@code (1 − tokens)·window/limit}.
 */
public final class RateLimiter {

  private final int limit;
  private final double nanosPerToken;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * @param limit requests per window, {@code > 0}
   * @param window the window, positive
   * @param nanoClock monotonic nanoseconds ({@code System::nanoTime})
   */
  public RateLimiter(int limit, Duration window, LongSupplier nanoClock) {
    if (limit <= 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("limit and window must be positive");
    }
    this.limit = limit;
    this.nanosPerToken = (double) window.toNanos() / limit;
    this.nanoClock = Objects.requireNonNull(nanoClock);
  }

  /**
   * Takes a token for {@code client}.
   *
   * @return zero if the request may go ahead, else how long until it could
   */
  public Duration acquire(String client) {
    long now = nanoClock.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(limit, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(limit, bucket.tokens + (now - bucket.at) / nanosPerToken);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerToken));
    }
  }
}
