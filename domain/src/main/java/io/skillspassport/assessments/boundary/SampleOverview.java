package io.skillspassport.assessments.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One family's sample as the candidate's overview shows it.
 *
 * @param attemptId the attempt in progress (IN_PROGRESS) or the last submitted one (COOLDOWN,
 *     CAN_RETAKE)
 * @param position the item an attempt in progress resumes at, 1-based; 0 otherwise
 * @param total how many items the sample has
 * @param answered how many items the attempt in progress has answered
 * @param cooldownUntil when a retake opens (COOLDOWN only)
 * @param lastScore the reported score of the last submitted attempt
 */
public record SampleOverview(
    String familyCode,
    String slug,
    String name,
    String description,
    SampleStatus status,
    Optional<Long> attemptId,
    int position,
    int total,
    int answered,
    Optional<Instant> cooldownUntil,
    OptionalInt lastScore) {}
