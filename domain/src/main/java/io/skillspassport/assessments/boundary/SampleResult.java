package io.skillspassport.assessments.boundary;

import java.time.Instant;

/**
 * The scored outcome of a submitted sample, as stored in the candidate's passport.
 *
 * @param reported the reported score on the 300–850 scale
 * @param sem the standard error of measurement on that scale
 * @param bandLow lower end of the 95% band
 * @param bandHigh upper end of the 95% band
 * @param theta the EAP ability estimate
 * @param thetaSe its posterior standard deviation
 * @param answered items answered (omitted items do not count)
 * @param total items in the sample
 * @param meaning what the band means, in plain language
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
    int answered,
    int total,
    Instant measuredAt,
    Instant expiresAt,
    String meaning) {}
