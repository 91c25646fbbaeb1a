package io.skillspassport.roles.boundary;

import java.util.List;

/**
 * Thrown when a draft cannot be saved or published as it stands; nothing was changed. Lists every
 * problem found, so the editor can show each next to its field.
 */
public class ContentRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ContentProblem> problems;

  public ContentRejected(List<ContentProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("content rejected"));
    this.problems = List.copyOf(problems);
  }

  public List<ContentProblem> problems() {
    return problems;
  }
}
