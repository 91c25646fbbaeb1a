package io.skillspassport.passports.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * An outside engine's result, linked onto the reporting scale, that the candidate accepted: what
 * {@link Passports#recordImported} puts on the passport with provenance IMPORTED.
 *
 * @param familyCode the family
 * @param theta {@code (S* − center)/slope}
 * @param thetaSe {@code SEM/slope}
 * @param scaledScore the reported score
 * @param sem the SEM including the linking error
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param measuredAt when the engine measured it
 * @param source what produced it, e.g. "Acme Engine (acme-engine), imported result 1234"
 */
public record ImportedScore(
    String familyCode,
    double theta,
    double thetaSe,
    int scaledScore,
    double sem,
    int bandLow,
    int bandHigh,
    Instant measuredAt,
    String source) {

  public ImportedScore {
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(measuredAt, "measuredAt");
    Objects.requireNonNull(source, "source");
  }
}
