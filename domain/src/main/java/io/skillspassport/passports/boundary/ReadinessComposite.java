package io.skillspassport.passports.boundary;

/**
 * The weighted composite of a complete passport for a role, as the scoring module computed it.
 *
 * @param value the composite C, unrounded
 * @param rounded C rounded half up for display
 * @param sem SEM_C, the composite's standard error of measurement
 * @param band90Low {@code C − 1.645·SEM_C}
 * @param band90High {@code C + 1.645·SEM_C}
 * @param probabilityAtLeastThreshold P(true composite ≥ threshold)
 */
public record ReadinessComposite(
    double value,
    int rounded,
    double sem,
    double band90Low,
    double band90High,
    double probabilityAtLeastThreshold) {}
