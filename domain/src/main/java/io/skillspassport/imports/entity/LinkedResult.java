package io.skillspassport.imports.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * What an imported result says once linked onto the reporting scale.
 *
 * @param candidate the candidate's user name
 * @param familyCode the family
 * @param externalScore the engine's score on its own scale
 * @param externalSem the engine's standard error on its own scale
 * @param linkingError the engine's linking error, in scale points, at the time of receipt
 * @param scaledScore the reported 300–850 score
 * @param sem the combined SEM in scale points
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param theta {@code (S* − 575)/75}
 * @param thetaSe {@code SEM/75}
 * @param measuredAt when the engine measured it
 */
public record LinkedResult(
    String candidate,
    String familyCode,
    double externalScore,
    double externalSem,
    double linkingError,
    int scaledScore,
    double sem,
    int bandLow,
    int bandHigh,
    double theta,
    double thetaSe,
    Instant measuredAt) {

  public LinkedResult {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(measuredAt, "measuredAt");
  }
}
