package io.skillspassport.scoring.readiness;

/**
 * The band {@code C ± z·SEM_C} around the composite, in unrounded scale points, clipped to the
 * reporting scale's ends ({@link io.skillspassport.scoring.scale.ReportingScale}) like the family
 * bands; it is symmetric unless clipped.
 *
 * @param level nominal coverage, e.g. 0.68, 0.90, 0.95
 * @param z the multiplier used
 * @param lower {@code max(minimum, C − z·SEM_C)}
 * @param upper {@code min(maximum, C + z·SEM_C)}
 */
public record CompositeBand(double level, double z, double lower, double upper) {}
