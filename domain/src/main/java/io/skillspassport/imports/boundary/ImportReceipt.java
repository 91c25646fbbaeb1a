package io.skillspassport.imports.boundary;

import java.time.Instant;
import java.util.Optional;

/**
 * An imported result as the engine sees it.
 *
 * @param id the result's id ({@code /api/v1/results/{id}})
 * @param status pending, accepted or declined
 * @param familyCode the family
 * @param externalScore the engine's score
 * @param externalStandardError the engine's standard error
 * @param scaledScore the linked 300–850 score
 * @param sem its SEM with the linking error, in scale points
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param linkingError the linking error that went into the SEM
 * @param measuredAt when the engine measured it
 * @param receivedAt when the portal received it
 * @param decidedAt when the candidate accepted or declined it
 * @param replayed whether this answers a replay of an earlier request (same key, same body)
 */
public record ImportReceipt(
    long id,
    String status,
    String familyCode,
    double externalScore,
    double externalStandardError,
    int scaledScore,
    double sem,
    int bandLow,
    int bandHigh,
    double linkingError,
    Instant measuredAt,
    Instant receivedAt,
    Optional<Instant> decidedAt,
    boolean replayed) {}
