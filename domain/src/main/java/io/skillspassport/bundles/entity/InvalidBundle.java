package io.skillspassport.bundles.entity;

/**
 * A bundle value out of range. Still an {@link IllegalArgumentException} whose message names the
 * field and the value; {@link #field()} tells a form which input to show it next to ({@code name},
 * {@code threshold}, {@code families}, {@code exercises}, {@code weight:FAMILY}, {@code
 * minimum:FAMILY}).
 */
public class InvalidBundle extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidBundle(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
