package io.skillspassport.assessments.boundary;

import java.time.Instant;
import java.util.Optional;

/**
 * A score of an attempt as the passport recorded it: on the reporting scale, with its band, expiry
 * and what it rests on. Returned by {@link ResultsOfAttempts}.
 *
 * @param id the passport result's id
 * @param candidate whose passport
 * @param familyCode the assessment family
 * @param theta the θ estimate
 * @param thetaSe its standard error
 * @param scaledScore θ on the reporting scale
 * @param sem the standard error on the reporting scale
 * @param bandLow the lower end of the 95% band
 * @param bandHigh the upper end of the 95% band
 * @param measuredAt when it was measured
 * @param expiresAt when it stops counting
 * @param measurement what it rests on, for results measured in the portal since V11
 */
public record RecordedResult(
    long id,
    String candidate,
    String familyCode,
    double theta,
    double thetaSe,
    int scaledScore,
    double sem,
    int bandLow,
    int bandHigh,
    Instant measuredAt,
    Instant expiresAt,
    Optional<Measurement> measurement) {}
