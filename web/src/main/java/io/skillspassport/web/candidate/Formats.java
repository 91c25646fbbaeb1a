package io.skillspassport.web.candidate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the candidate pages write dates and numbers: ISO days in UTC, scores as whole points. */
final class Formats {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  /**
   * The last day of a period that ends (exclusively) at {@code end}: a share chosen "until
   * 2026-12-31" is stored as ending at 2027-01-01T00:00Z, and the candidate must read back the day
   * they chose, so this is the UTC day of {@code end − 1 ns}.
   */
  static String lastDay(Instant end) {
    return end == null ? "" : DAY.format(end.minusNanos(1));
  }

  static String minute(Instant instant) {
    return instant == null ? "" : MINUTE.format(instant);
  }

  /** One decimal, for SEMs and θ standard errors. */
  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Whole points, half up: how scores, bands and SEMs are shown everywhere (± 26, 664–766). A
   * decimal would claim a precision the measurement does not have.
   */
  static String whole(double value) {
    return Long.toString(Math.round(value));
  }

  /** Whole points, half up; one decimal below 1 so that a small gain is not shown as 0. */
  static String points(double value) {
    double abs = Math.abs(value);
    if (abs > 0 && abs < 0.95) {
      return oneDecimal(value);
    }
    return Long.toString(Math.round(value));
  }

  /**
   * A probability as a whole percentage, never claiming certainty it does not have: below 1% reads
   * "<1%" and above 99% reads ">99%", 0 and 1 included (a normal probability of exactly 0 or 1 is
   * floating-point underflow, not certainty).
   */
  static String percent(double probability) {
    double p = probability * 100;
    if (p < 1) {
      return "<1%";
    }
    if (p > 99) {
      return ">99%";
    }
    return Math.round(p) + "%";
  }
}
