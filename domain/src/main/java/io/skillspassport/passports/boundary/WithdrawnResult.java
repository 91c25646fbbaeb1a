package io.skillspassport.passports.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A result an admin withdrew, as its candidate (and the admin) sees it.
 *
 * @param id the result's id
 * @param familyCode the family
 * @param familyName the family's display name
 * @param score the score it had
 * @param provenance SAMPLE, IMPORTED or PROCTORED
 * @param measuredAt when it was measured
 * @param withdrawnAt when it was withdrawn
 * @param reason why, in the admin's words
 */
public record WithdrawnResult(
    long id,
    String familyCode,
    String familyName,
    int score,
    String provenance,
    Instant measuredAt,
    Instant withdrawnAt,
    String reason)
    implements Serializable {}
