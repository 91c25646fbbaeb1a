package io.skillspassport.system;

import java.net.URI;

/**
 * Where the running portal and its Keycloak answer. Tests browse the portal as {@code localhost},
 * its configured {@code PASSPORT_BASE_URL}: the OIDC redirect URI is built from that address, and
 * the realm accepts exactly that one.
 *
 * @param baseUri the portal's root, e.g. {@code http://localhost:41234/}
 * @param keycloakUri Keycloak's root, e.g. {@code http://localhost:42345/}
 */
public record Portal(URI baseUri, URI keycloakUri) {

  /** The portal address of an absolute path such as {@code /roles}. */
  public URI uri(String path) {
    return baseUri.resolve(path);
  }

  /** Whether {@code url} is on the portal (scheme, host and port), whatever its path. */
  public boolean isPortal(String url) {
    return sameOrigin(URI.create(url), baseUri);
  }

  /** Whether {@code url} is on Keycloak (scheme, host and port), whatever its path. */
  public boolean isKeycloak(String url) {
    return sameOrigin(URI.create(url), keycloakUri);
  }

  /**
   * The path of a portal URL, without query: {@code http://localhost:1/a/b?c} gives {@code /a/b}.
   */
  public static String pathOf(String url) {
    String path = URI.create(url).getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && a.getPort() == b.getPort();
  }
}
