package io.skillspassport.web.employer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats exercise ratings and agreement coefficients for the employer pages: a dash for an
 * undefined value, never a made-up number.
 */
@Named
@ApplicationScoped
public class ExerciseFormat {

  private static final String NONE = "—";

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** A moment to the minute, in UTC. */
  public String minute(Instant instant) {
    return instant == null ? NONE : MINUTE.format(instant);
  }

  /** A mean rating on the 1–5 levels, one decimal. */
  public String level(double value) {
    return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.1f", value);
  }

  /** A spread (SD) with one decimal, a dash with a single rater. */
  public String spread(double value) {
    return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.2f", value);
  }

  /** An agreement coefficient with three decimals. */
  public String coefficient(double value) {
    return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.3f", value);
  }
}
