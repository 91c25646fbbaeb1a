package io.skillspassport.platform.boundary;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the refusal of a named unique constraint in whatever the persistence provider threw,
 * so that a boundary can turn a lost race into the clear message of its use case.
 *
 * <p>Why by SQLSTATE and name: {@code 23505} is the SQL standard's state for a unique violation and
 * both H2 and PostgreSQL report it; the constraint's name (which both put in the message) tells the
 * race a boundary expects from any other duplicate, which stays an error.
 */
public final class UniqueViolation {

  static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  /** Whether {@code failure}, or one of its causes, is a refusal by the constraint named. */
  public static boolean of(Throwable failure, String constraint) {
    String name = constraint.toLowerCase(Locale.ROOT);
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (UNIQUE_VIOLATION.equals(e.getSQLState())
              && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(name)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
