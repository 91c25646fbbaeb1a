package io.skillspassport.web.api;

import io.skillspassport.platform.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The API's configuration, from environment variables (or system properties of the lower-case
 * dotted name), with defaults that fit the development realm.
 *
 * <ul>
 *   <li>{@code PASSPORT_API_AUDIENCE} ({@code skills-passport-api}): the {@code aud} an engine's
 *       access token must name; the realm's engine clients add it with an audience mapper, so a
 *       token Keycloak issued for another purpose is refused
 *   <li>{@code PASSPORT_API_ROLE} ({@code assessment-engine}): the realm role an engine's service
 *       account needs
 *   <li>{@code PASSPORT_API_RATE_LIMIT} (60) requests per {@code PASSPORT_API_RATE_WINDOW_SECONDS}
 *       (60) and client, per portal instance
 *   <li>{@code PASSPORT_API_MAX_BODY_BYTES} (16384): a result is a few hundred bytes
 * </ul>
 */
@ApplicationScoped
public class ApiSettings {

  private final String audience = Settings.get("passport.api.audience", "skills-passport-api");
  private final String role = Settings.get("passport.api.role", "assessment-engine");
  private final int rateLimit = positive("passport.api.rate.limit", 60);
  private final int rateWindowSeconds = positive("passport.api.rate.window.seconds", 60);
  private final int maxBodyBytes = positive("passport.api.max.body.bytes", 16 * 1024);

  public String audience() {
    return audience;
  }

  public String role() {
    return role;
  }

  public int rateLimit() {
    return rateLimit;
  }

  public Duration rateWindow() {
    return Duration.ofSeconds(rateWindowSeconds);
  }

  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  private static int positive(String property, int fallback) {
    String value = Settings.get(property, Integer.toString(fallback)).strip();
    try {
      int parsed = Integer.parseInt(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException notNumber) {
      // reported below
    }
    throw new IllegalStateException(
        property + " must be a whole number > 0 but was '" + value + "'");
  }
}
