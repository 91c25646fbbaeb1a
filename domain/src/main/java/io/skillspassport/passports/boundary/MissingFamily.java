package io.skillspassport.passports.boundary;

/**
 * A weighted family the passport lacks, so readiness cannot be computed.
 *
 * @param code the family's code
 * @param slug the family's URL slug
 * @param name the family's display name
 * @param sampleAvailable whether the candidate can take a sample for it today
 */
public record MissingFamily(String code, String slug, String name, boolean sampleAvailable) {}
