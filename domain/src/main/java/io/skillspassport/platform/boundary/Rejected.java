package io.skillspassport.platform.boundary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a change cannot be made as asked because of what was entered: a blank name, a value
 * out of range, a malformed code, content that breaks a publishing rule. Nothing was changed. It
 * lists every {@link Problem} found, each with the input it is about, so a form can show each next
 * to its field; the web tier shows any it is not caught for as messages on the same page.
 *
 * <p>An {@link IllegalArgumentException}, because the caller's argument is what is wrong: the
 * entities' own guards throw it, and code that validates through them keeps working.
 *
 * <p>One of the portal's three refusals, with {@link Conflict} (the record changed meanwhile) and
 * {@link NotFound}; a caller without the right is refused with {@link AccessDenied}.
 */
public class Rejected extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /** A refusal with one or more problems; the message joins their sentences with "; ". */
  public Rejected(List<Problem> problems) {
    super(joined(problems));
    this.problems = List.copyOf(problems);
  }

  /** A refusal with one problem, about {@code field}. */
  public Rejected(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  /** A refusal with one problem about the request as a whole. */
  public Rejected(String message) {
    this(Problem.WHOLE, message);
  }

  /** Every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** The input the first problem is about ({@link Problem#WHOLE} for none in particular). */
  public String field() {
    return problems.get(0).field();
  }

  private static String joined(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A refusal names at least one problem");
    }
    return problems.stream().map(Problem::message).collect(Collectors.joining("; "));
  }
}
