package io.skillspassport.web.security;

import io.skillspassport.platform.boundary.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Locale;

/**
 * The portal's public address, {@code PASSPORT_BASE_URL} (default {@code http://localhost:PORT},
 * {@code PORT} defaulting to 8080), and every absolute URL built from it: the OpenID Connect
 * redirect URI, the page Keycloak returns to after sign-out.
 *
 * <p>Why configured rather than taken from the request: the {@code Host} header is chosen by the
 * client. A redirect URI built from it lets whoever controls that header choose where Keycloak
 * sends an authorization code; with a fixed address the redirect URI is the one registered at
 * Keycloak, character for character, and Keycloak refuses any other.
 */
@Named
@ApplicationScoped
public class PortalAddress {

  private final URI base;

  /** For the container's proxy only. */
  protected PortalAddress() {
    this.base = null;
  }

  @Inject
  public PortalAddress(PublicAddress configured) {
    this(configured.configured());
  }

  PortalAddress(String configured) {
    this.base = parse(configured);
  }

  /**
   * The base URL without a trailing slash, e.g. {@code https://passport.example.org}.
   *
   * @throws IllegalArgumentException at start-up when the configured value is not an absolute
   *     {@code http(s)} URL without query or fragment
   */
  static URI parse(String configured) {
    String trimmed = configured.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("PASSPORT_BASE_URL is not a URL: " + configured, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "PASSPORT_BASE_URL must be an absolute http(s) URL without user, query or fragment: "
              + configured);
    }
    return uri;
  }

  /** The base URL, e.g. {@code http://localhost:8080} (no trailing slash). */
  public String getBaseUrl() {
    return base.toString();
  }

  /** Where Keycloak returns after sign-in: {@code BASE/callback}. */
  public String getRedirectUri() {
    return url("/callback");
  }

  /** The home page, where Keycloak returns after sign-out: {@code BASE/}. */
  public String home() {
    return url("/");
  }

  /** The absolute URL of a portal path such as {@code /roles}. */
  public String url(String path) {
    return base + path;
  }

  /** Whether the portal is addressed over HTTPS. */
  public boolean isHttps() {
    return "https".equalsIgnoreCase(base.getScheme());
  }

  /** Whether the address names this machine only (localhost, 127.0.0.0/8, ::1). */
  public boolean isLoopback() {
    String host = base.getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("::1");
  }
}
