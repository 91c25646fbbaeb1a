package io.skillspassport.credentials.boundary;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One family's result as a credential carries it: the reported score and the extension's
 * measurement details.
 *
 * @param familyCode the family's stable code
 * @param familyName its display name
 * @param score the reported 300–850 score
 * @param sem its standard error of measurement in scale points
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param measuredAt when it was measured
 * @param expiresAt when it stops counting
 * @param provenance SAMPLE, IMPORTED or PROCTORED
 * @param source what produced it, as the passport records it
 * @param bankVersion the item bank version, when the result records it
 * @param calibrationStatus whether the bank's parameters were provisional or calibrated, when the
 *     result records it
 */
public record FamilyScoreLine(
    String familyCode,
    String familyName,
    int score,
    double sem,
    int bandLow,
    int bandHigh,
    Instant measuredAt,
    Instant expiresAt,
    String provenance,
    String source,
    Optional<String> bankVersion,
    Optional<String> calibrationStatus) {

  public FamilyScoreLine {
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(measuredAt, "measuredAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bankVersion, "bankVersion");
    Objects.requireNonNull(calibrationStatus, "calibrationStatus");
  }
}
