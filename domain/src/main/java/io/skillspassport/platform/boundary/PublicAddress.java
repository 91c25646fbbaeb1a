package io.skillspassport.platform.boundary;

/**
 * The one home of the portal's public base URL, {@code PASSPORT_BASE_URL} (system property {@code
 * passport.base.url}), and its default for the embedded run, {@code http://localhost:PORT} with
 * {@code PORT} defaulting to 8080. Sign-in redirect URIs (web) and every URL inside an issued
 * credential (credentials) start with it, so both must read the same value.
 */
public final class PublicAddress {

  /**
   * The setting's name in lower-case dotted form ({@code PASSPORT_BASE_URL} in the environment).
   */
  public static final String SETTING = "passport.base.url";

  private PublicAddress() {}

  /**
   * The configured base URL as given (not yet validated: each user checks the form it needs).
   *
   * @return {@code PASSPORT_BASE_URL}, or {@code http://localhost:PORT} when it is not set
   */
  public static String configured() {
    return Settings.get(SETTING, "http://localhost:" + Settings.get("port", "8080"));
  }
}
