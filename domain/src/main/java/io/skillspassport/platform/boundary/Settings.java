package io.skillspassport.platform.boundary;

import java.util.Locale;

/**
 * Reads the portal's configuration: a system property, else the environment variable of the same
 * name in upper snake case ({@code passport.db.url} → {@code PASSPORT_DB_URL}), else a default that
 * makes the embedded run work.
 */
public final class Settings {

  private Settings() {}

  /** The configured value of {@code property}, or {@code fallback} when it is unset or blank. */
  public static String get(String property, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
