package io.skillspassport.exercises.boundary;

/**
 * An interviewer's rating of one criterion as entered.
 *
 * @param criterion the criterion code
 * @param level 1–5
 * @param note a short note on what was observed (may be empty)
 */
public record CriterionRating(String criterion, int level, String note) {}
