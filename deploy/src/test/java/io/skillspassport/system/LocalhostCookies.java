package io.skillspassport.system;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * A cookie jar that treats {@code http://localhost} as a secure origin, the way browsers do.
 * Keycloak marks its session cookies {@code Secure; SameSite=None}; the JDK's {@link CookieManager}
 * would never send them back over plain HTTP, and the sign-in would fail with Keycloak's
 * "cookie_not_found".
 */
final class LocalhostCookies extends CookieHandler {

  private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
      throws IOException {
    return jar.get(asSecureIfLocal(uri), requestHeaders);
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
    jar.put(uri, responseHeaders);
  }

  private static URI asSecureIfLocal(URI uri) {
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !"localhost".equalsIgnoreCase(uri.getHost())) {
      return uri;
    }
    try {
      return new URI(
          "https",
          uri.getUserInfo(),
          uri.getHost(),
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(uri.toString(), e);
    }
  }
}
