package io.skillspassport.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether this portal runs in production, and what production refuses.
 *
 * <p>Production is recognised as: {@code PASSPORT_STAGE=production}; or, when {@code
 * PASSPORT_STAGE} is unset, a public base URL ({@code PASSPORT_BASE_URL}) whose host is not this
 * machine (anything but {@code localhost}, {@code 127.x.x.x}, {@code ::1}). {@code
 * PASSPORT_STAGE=development} declares a non-local address a development run (a demo on a LAN). A
 * portal that other machines reach is production unless someone says otherwise, because the
 * dangerous mistake is the silent one: the development realm's client secret is in the repository.
 *
 * <p>Production refuses to start with the development client secret (or none, which means the
 * development one) and with a plain-{@code http} base URL: session cookies and authorization codes
 * must not cross a network in clear text.
 */
public record DeploymentStage(boolean production, String reason) {

  /** The client secret of the development realm, {@code deploy/keycloak/}: public knowledge. */
  static final String DEVELOPMENT_CLIENT_SECRET = "dev-portal-secret";

  /** The stage from {@code PASSPORT_STAGE} and the public address. */
  public static DeploymentStage of(String configuredStage, PortalAddress address) {
    String stage = configuredStage == null ? "" : configuredStage.strip().toLowerCase(Locale.ROOT);
    return switch (stage) {
      case "production" -> new DeploymentStage(true, "PASSPORT_STAGE=production");
      case "development" -> new DeploymentStage(false, "PASSPORT_STAGE=development");
      case "" ->
          address.isLoopback()
              ? new DeploymentStage(false, "the base URL " + address.getBaseUrl() + " is local")
              : new DeploymentStage(
                  true, "the base URL " + address.getBaseUrl() + " is not on this machine");
      default ->
          throw new IllegalArgumentException(
              "PASSPORT_STAGE must be production or development, not " + configuredStage);
    };
  }

  /**
   * The stage of this process's configuration ({@code PASSPORT_STAGE} through MicroProfile Config).
   */
  public static DeploymentStage current(PortalAddress address) {
    return of(
        ConfigProvider.getConfig().getOptionalValue("passport.stage", String.class).orElse(""),
        address);
  }

  /** What keeps this configuration from starting; empty when it may start. */
  public List<String> refusals(PortalAddress address, OidcSettings oidc) {
    List<String> problems = new ArrayList<>();
    if (!production) {
      return problems;
    }
    if (DEVELOPMENT_CLIENT_SECRET.equals(oidc.getClientSecret())) {
      problems.add(
          "OIDC_CLIENT_SECRET is the development realm's secret (or unset); production needs the"
              + " secret of its own Keycloak client");
    }
    if (!address.isHttps()) {
      problems.add(
          "PASSPORT_BASE_URL " + address.getBaseUrl() + " is plain http; production needs https");
    }
    return problems;
  }
}
