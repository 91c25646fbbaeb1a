package io.skillspassport.scoring.readiness;

/**
 * One weighted family's part in a composite.
 *
 * @param family the family
 * @param score its reported score {@code S_i}
 * @param sem its SEM
 * @param normalisedWeight {@code w̃_i}
 */
public record FamilyContribution(String family, int score, double sem, double normalisedWeight) {}
