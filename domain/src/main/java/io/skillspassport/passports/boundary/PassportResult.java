package io.skillspassport.passports.boundary;

import io.skillspassport.passports.entity.FamilyResult;
import java.time.Duration;
import java.time.Instant;

/**
 * One calibrated family result as the passport shows it.
 *
 * @param familyCode the family's stable code
 * @param familyName the family's display name
 * @param score the reported 300–850 score
 * @param sem its standard error of measurement, in scale points
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param theta the ability estimate θ
 * @param thetaSe the standard error of θ
 * @param provenance SAMPLE, IMPORTED or PROCTORED
 * @param measuredAt when it was measured
 * @param expiresAt when it stops counting
 * @param expired whether it has expired (history only)
 * @param expiringSoon whether it expires within the warning period
 * @param source what produced it
 * @param itemsAdministered scored items the candidate answered (0 when not measured here)
 * @param parameterStatus PROVISIONAL or CALIBRATED item parameters behind the score; empty when not
 *     measured here
 */
public record PassportResult(
    String familyCode,
    String familyName,
    int score,
    double sem,
    int bandLow,
    int bandHigh,
    double theta,
    double thetaSe,
    String provenance,
    Instant measuredAt,
    Instant expiresAt,
    boolean expired,
    boolean expiringSoon,
    String source,
    int itemsAdministered,
    String parameterStatus) {

  /** Whether the score rests on expert-set (provisional) item parameters. */
  public boolean provisional() {
    return "PROVISIONAL".equals(parameterStatus);
  }

  /**
   * The passport view of a stored result.
   *
   * @param result the stored result
   * @param familyName the family's display name
   * @param now the moment the passport is looked at
   * @param warning how long before the expiry a result counts as expiring soon
   * @return the record
   */
  public static PassportResult of(
      FamilyResult result, String familyName, Instant now, Duration warning) {
    boolean expired = !result.isCurrentAt(now);
    return new PassportResult(
        result.familyCode(),
        familyName,
        result.scaledScore(),
        result.sem(),
        result.bandLow(),
        result.bandHigh(),
        result.theta(),
        result.thetaSe(),
        result.provenance().name(),
        result.measuredAt(),
        result.expiresAt(),
        expired,
        !expired && result.expiresAt().isBefore(now.plus(warning)),
        result.source(),
        result.measurement().map(m -> m.itemsAdministered()).orElse(0),
        result.measurement().map(m -> m.parameterStatus()).orElse(""));
  }
}
