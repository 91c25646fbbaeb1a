package io.skillspassport.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one home of the portal's public base URL, {@code PASSPORT_BASE_URL} (MicroProfile Config
 * property {@code passport.base.url}), and its default for the embedded run, {@code
 * http://localhost:PORT} with {@code PORT} defaulting to 8080. Sign-in redirect URIs (web) and
 * every URL inside an issued credential (credentials) start with it, so both must read the same
 * value. Outside a container (Java SE tests) a new instance holds the defaults.
 */
@ApplicationScoped
public class PublicAddress {

  /**
   * The setting's name in lower-case dotted form ({@code PASSPORT_BASE_URL} in the environment).
   */
  public static final String SETTING = "passport.base.url";

  private static final String DEFAULT_PORT = "8080";

  @Inject
  @ConfigProperty(name = SETTING)
  Optional<String> baseUrl = Optional.empty();

  @Inject
  @ConfigProperty(name = "port", defaultValue = DEFAULT_PORT)
  String port = DEFAULT_PORT;

  /** The address of a Java SE test or tool: {@code base}, as if configured. */
  public static PublicAddress of(String base) {
    PublicAddress address = new PublicAddress();
    address.baseUrl = Optional.of(base);
    return address;
  }

  /**
   * The configured base URL as given (not yet validated: each user checks the form it needs).
   *
   * @return {@code PASSPORT_BASE_URL}, or {@code http://localhost:PORT} when it is not set or blank
   */
  public String configured() {
    return baseUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + port.strip());
  }
}
