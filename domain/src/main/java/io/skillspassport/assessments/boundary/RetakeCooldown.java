package io.skillspassport.assessments.boundary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Refuses a new attempt while the retake cooldown after the last submitted one still runs. */
public class RetakeCooldown extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Instant until;

  public RetakeCooldown(String familyName, Instant until) {
    super(
        "You took the "
            + familyName
            + " sample recently; you can retake it from "
            + MINUTES.format(roundedUp(Objects.requireNonNull(until, "until")))
            + ".");
    this.until = until;
  }

  /** The minute shown to the candidate must not lie before the real end. */
  private static Instant roundedUp(Instant when) {
    Instant minute = when.truncatedTo(ChronoUnit.MINUTES);
    return minute.equals(when) ? minute : minute.plus(1, ChronoUnit.MINUTES);
  }

  /** When a retake opens. */
  public Instant until() {
    return until;
  }
}
