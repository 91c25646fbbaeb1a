package io.skillspassport.scoring.readiness;

/**
 * What one weighted family can do for the composite (see {@link GapAnalysis}).
 *
 * @param family the family
 * @param score its reported score {@code S_i}
 * @param sem its SEM
 * @param normalisedWeight {@code w̃_i}
 * @param gainPerPoint composite points per family point, {@code w̃_i}
 * @param probabilityGainPerPoint {@code dP/dS_i = φ(z) w̃_i / SEM_C}
 * @param headroom {@code max − S_i} (850 − S_i on the standard scale)
 * @param maxCompositeGain {@code w̃_i · headroom}
 * @param pointsNeededAlone {@code max(0, T − C)/w̃_i}: the family gain that alone would bring C to
 *     T
 * @param feasibleAlone {@code pointsNeededAlone ≤ headroom}
 * @param gainPerFamilySd {@code w̃_i · slope}: composite gain for one θ standard deviation (75
 *     points)
 * @param weightedShortfall {@code w̃_i · max(0, T − S_i)}
 * @param withinMeasurementNoise {@code 0 < pointsNeededAlone ≤ SEM_i}: the gain needed is no larger
 *     than the family's own measurement noise
 */
public record FamilyGap(
    String family,
    int score,
    double sem,
    double normalisedWeight,
    double gainPerPoint,
    double probabilityGainPerPoint,
    int headroom,
    double maxCompositeGain,
    double pointsNeededAlone,
    boolean feasibleAlone,
    double gainPerFamilySd,
    double weightedShortfall,
    boolean withinMeasurementNoise) {}
