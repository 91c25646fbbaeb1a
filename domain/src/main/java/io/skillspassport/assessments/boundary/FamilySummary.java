package io.skillspassport.assessments.boundary;

import java.io.Serial;
import java.io.Serializable;

/**
 * An assessment family as the catalogue shows it, with its adaptive delivery settings.
 * Serializable: view-scoped pages hold it, and their state moves with the session between clustered
 * instances.
 *
 * @param sampleAvailable whether a candidate can take its assessment here
 * @param minItems the adaptive test's minimum number of scored items
 * @param maxItems its maximum
 * @param targetSe the posterior SD of θ at which it stops
 * @param timeLimitMinutes the time limit of an attempt
 */
public record FamilySummary(
    String code,
    String slug,
    String name,
    String description,
    boolean sampleAvailable,
    int minItems,
    int maxItems,
    double targetSe,
    int timeLimitMinutes)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
}
