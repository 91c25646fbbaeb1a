package io.skillspassport.roles.boundary;

/**
 * One reason why content was refused.
 *
 * @param field where the problem is, such as {@code title}, {@code readinessThreshold}, {@code
 *     weights[PYTHON_FUNDAMENTALS]} or {@code presets[0]}; {@code content} for the version as a
 *     whole
 * @param message what is wrong, naming the value
 */
public record ContentProblem(String field, String message) {}
