package io.skillspassport.scoring.readiness;

/**
 * A symmetric band {@code C ± z·SEM_C} around the composite, in unrounded scale points.
 *
 * @param level nominal coverage, e.g. 0.68, 0.90, 0.95
 * @param z the multiplier used
 * @param lower {@code C − z·SEM_C}
 * @param upper {@code C + z·SEM_C}
 */
public record CompositeBand(double level, double z, double lower, double upper) {}
