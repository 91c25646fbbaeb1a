package io.skillspassport.imports.boundary;

import java.time.Instant;

/**
 * A result as an engine posts it. Any component may be missing (a malformed request); {@link
 * ImportedResults#receive} names each one that is.
 *
 * @param candidateCode the candidate's engine code, shown on their passport page
 * @param familyCode the assessment family, e.g. {@code PYTHON_FUNDAMENTALS}
 * @param score the score on the engine's own scale
 * @param standardError the score's standard error of measurement on the engine's scale ({@code >
 *     0})
 * @param measuredAt when the candidate was assessed (not in the future)
 */
public record ResultSubmission(
    String candidateCode,
    String familyCode,
    Double score,
    Double standardError,
    Instant measuredAt) {}
