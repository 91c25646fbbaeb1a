package io.skillspassport.scoring.readiness;

/**
 * A family whose reported score is below the minimum the criteria require.
 *
 * @param family the family
 * @param score its reported score
 * @param minimum the required minimum
 */
public record FailedMinimum(String family, int score, int minimum) {}
