package io.skillspassport.web.api;

import io.skillspassport.imports.boundary.ImportReceipt;
import java.time.Instant;

/**
 * An imported result as the API returns it (JSON-B). {@code decidedAt} is absent while pending.
 *
 * @param id the result's id
 * @param status {@code pending}, {@code accepted} or {@code declined}
 * @param familyCode the family
 * @param score the engine's score
 * @param standardError the engine's standard error
 * @param scaledScore the linked score on the reporting scale ({@code ReportingScale})
 * @param sem its SEM including the linking error: {@code √((|e′(x)|·standardError)² +
 *     linkingError²)}
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param linkingError the engine's linking error in scale points
 * @param measuredAt when the engine measured it
 * @param receivedAt when the portal received it
 * @param decidedAt when the candidate decided
 */
public record ResultResponse(
    long id,
    String status,
    String familyCode,
    double score,
    double standardError,
    int scaledScore,
    double sem,
    int bandLow,
    int bandHigh,
    double linkingError,
    Instant measuredAt,
    Instant receivedAt,
    Instant decidedAt) {

  static ResultResponse of(ImportReceipt r) {
    return new ResultResponse(
        r.id(),
        r.status(),
        r.familyCode(),
        r.externalScore(),
        r.externalStandardError(),
        r.scaledScore(),
        r.sem(),
        r.bandLow(),
        r.bandHigh(),
        r.linkingError(),
        r.measuredAt(),
        r.receivedAt(),
        r.decidedAt().orElse(null));
  }
}
