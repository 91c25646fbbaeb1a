package io.skillspassport.imports.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A result an engine sent for the candidate, waiting for their decision.
 *
 * @param id its id
 * @param engineName the engine
 * @param scaleDescription the engine's scale
 * @param familyCode the family
 * @param externalScore the engine's score
 * @param externalStandardError the engine's standard error
 * @param scaledScore the linked 300–850 score
 * @param sem its SEM including the linking error
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param linkingError the linking error in scale points
 * @param measuredAt when it was measured
 * @param receivedAt when it arrived
 */
public record PendingImport(
    long id,
    String engineName,
    String scaleDescription,
    String familyCode,
    double externalScore,
    double externalStandardError,
    int scaledScore,
    double sem,
    int bandLow,
    int bandHigh,
    double linkingError,
    Instant measuredAt,
    Instant receivedAt)
    implements Serializable {}
