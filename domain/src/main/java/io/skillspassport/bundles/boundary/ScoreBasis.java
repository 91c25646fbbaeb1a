package io.skillspassport.bundles.boundary;

import java.io.Serializable;

/**
 * One current family score of a candidate in a comparison, with what it rests on.
 *
 * @param family the family's code
 * @param provenance PROCTORED, IMPORTED or SAMPLE (self-service)
 * @param itemsAdministered scored items behind it; 0 when the result does not record them (imported
 *     results)
 */
public record ScoreBasis(
    String family, int score, double sem, String provenance, int itemsAdministered)
    implements Serializable {}
