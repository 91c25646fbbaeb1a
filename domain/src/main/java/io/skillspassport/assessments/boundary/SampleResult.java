package io.skillspassport.assessments.boundary;

import java.time.Instant;

/**
 * The scored outcome of an adaptive attempt, as stored in the candidate's passport, with what it
 * rests on.
 *
 * @param reported the reported score on the reporting scale
 * @param sem the standard error of measurement on that scale
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param theta the EAP ability estimate
 * @param thetaSe its posterior standard deviation
 * @param itemsAdministered scored items the candidate answered
 * @param unreached scored items counted wrong by the unreached-item rule
 * @param bankVersion the content version of the item bank
 * @param provisional whether the item parameters are expert-set (not calibrated from responses)
 * @param durationSeconds how long the attempt took
 * @param endedBy why the test ended
 * @param targetSe the family's target SE(θ), the stopping rule {@link
 *     SampleEnding#TARGET_SE_REACHED} refers to
 * @param maxItems the family's maximum of scored items, which {@link SampleEnding#MAXIMUM_LENGTH}
 *     refers to
 */
public record SampleResult(
    long attemptId,
    String familyCode,
    String familyName,
    int reported,
    double sem,
    int bandLow,
    int bandHigh,
    double theta,
    double thetaSe,
    int itemsAdministered,
    int unreached,
    int bankVersion,
    boolean provisional,
    long durationSeconds,
    Instant measuredAt,
    Instant expiresAt,
    SampleEnding endedBy,
    double targetSe,
    int maxItems) {}
