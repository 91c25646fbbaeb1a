package io.skillspassport.passports.boundary;

import io.skillspassport.scoring.readiness.GapStep;

/**
 * What one weighted family can do for the composite, from the scoring module's gap analysis.
 *
 * @param familyCode the family's code
 * @param familyName its display name
 * @param score its current reported score
 * @param sem that score's SEM
 * @param normalisedWeight its share of the composite, w̃
 * @param weightedShortfall {@code w̃·max(0, T − S)}
 * @param gainPerPoint composite points per family point (= w̃)
 * @param pointsNeededAlone the family gain that alone would bring the composite to T (0 when
 *     already there)
 * @param feasibleAlone whether that gain stays within the top of the scale
 * @param headroom {@code max − S} (the scale's maximum minus the score)
 * @param probabilityGainPerPoint dP(true ≥ T)/dS, per family point
 * @param step the concrete step to tell the candidate about, with its composite gain
 */
public record FamilyGapEntry(
    String familyCode,
    String familyName,
    int score,
    double sem,
    double normalisedWeight,
    double weightedShortfall,
    double gainPerPoint,
    double pointsNeededAlone,
    boolean feasibleAlone,
    int headroom,
    double probabilityGainPerPoint,
    GapStep step) {}
