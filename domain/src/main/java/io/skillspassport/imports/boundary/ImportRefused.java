package io.skillspassport.imports.boundary;

import java.util.Map;
import java.util.Objects;

/**
 * A request of an engine that the portal refuses; the web tier turns it into an RFC 9457 problem
 * with the status of its {@link Reason}.
 */
public class ImportRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why, with the HTTP status that says it. */
  public enum Reason {
    /** The client is no registered engine. */
    NOT_AN_ENGINE(403),
    /** The body names missing or invalid values ({@link #errors()}). */
    INVALID(422),
    /** No candidate has the code. */
    UNKNOWN_CANDIDATE(404),
    /** No result of this engine has the id (another engine's results are not found either). */
    NOT_FOUND(404),
    /** The idempotency key was used before with another body. */
    KEY_REUSED(422),
    /** The engine has no equating table yet. */
    NO_TABLE(409);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;
  private final transient Map<String, String> errors;

  public ImportRefused(Reason reason, String detail) {
    this(reason, detail, Map.of());
  }

  public ImportRefused(Reason reason, String detail, Map<String, String> errors) {
    super(detail);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.errors = Map.copyOf(errors);
  }

  public Reason reason() {
    return reason;
  }

  /** Per field of the request body, what is wrong with it. */
  public Map<String, String> errors() {
    return errors == null ? Map.of() : errors;
  }
}
