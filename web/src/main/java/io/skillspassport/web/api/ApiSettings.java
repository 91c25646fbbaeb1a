package io.skillspassport.web.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's configuration through MicroProfile Config, from environment variables (or system
 * properties of the lower-case dotted name), with defaults that fit the development realm.
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

  @Inject
  @ConfigProperty(name = "passport.api.audience", defaultValue = "skills-passport-api")
  String audience;

  @Inject
  @ConfigProperty(name = "passport.api.role", defaultValue = "assessment-engine")
  String role;

  @Inject
  @ConfigProperty(name = RATE_LIMIT, defaultValue = "60")
  String rateLimitSetting;

  @Inject
  @ConfigProperty(name = RATE_WINDOW, defaultValue = "60")
  String rateWindowSetting;

  @Inject
  @ConfigProperty(name = MAX_BODY, defaultValue = "16384")
  String maxBodySetting;

  private static final String RATE_LIMIT = "passport.api.rate.limit";
  private static final String RATE_WINDOW = "passport.api.rate.window.seconds";
  private static final String MAX_BODY = "passport.api.max.body.bytes";

  private int rateLimit;
  private int rateWindowSeconds;
  private int maxBodyBytes;

  /** Refuses a limit that is no whole number above 0, with the setting's name, at start-up. */
  @PostConstruct
  void check() {
    rateLimit = positive(RATE_LIMIT, rateLimitSetting);
    rateWindowSeconds = positive(RATE_WINDOW, rateWindowSetting);
    maxBodyBytes = positive(MAX_BODY, maxBodySetting);
  }

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

  private static int positive(String property, String setting) {
    String value = setting.strip();
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
