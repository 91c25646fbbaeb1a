package io.skillspassport.assessments.boundary;

import java.time.Instant;

/**
 * The scored outcome of an adaptive attempt, as stored in the candidate's passport, with what it
 * rests on.
 *
 * @param reported the reported score on the 300–850 scale
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
 * @param endedBecause why the test ended, in plain words
 * @param meaning what the score and band mean, in plain words
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
    String endedBecause,
    String meaning) {}
