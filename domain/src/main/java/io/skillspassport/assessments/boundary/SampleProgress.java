package io.skillspassport.assessments.boundary;

import java.util.List;

/**
 * How far an attempt is: for saving an answer and for the review before submitting.
 *
 * @param position the item the attempt resumes at, 1-based
 * @param unanswered the 1-based positions without a saved answer
 */
public record SampleProgress(
    long attemptId,
    String familyCode,
    String familyName,
    int position,
    int total,
    int answered,
    List<Integer> unanswered,
    boolean inProgress) {}
