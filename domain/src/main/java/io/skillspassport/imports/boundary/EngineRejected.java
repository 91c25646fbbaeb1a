package io.skillspassport.imports.boundary;

import java.util.Objects;

/** An engine registration or table upload that cannot be stored; names the field and why. */
public class EngineRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public EngineRejected(String field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The form field at fault: name, clientId, scale, families, table, linkingError, engine. */
  public String field() {
    return field;
  }
}
