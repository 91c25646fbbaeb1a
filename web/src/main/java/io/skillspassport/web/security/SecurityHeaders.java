package io.skillspassport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Adds the portal's security headers to every response. The Content-Security-Policy allows no
 * inline script and nothing from other hosts: pages load scripts and styles only from the portal,
 * charts are server-rendered SVG.
 *
 * <p>Nothing rendered for a signed-in person may be stored by a browser or a proxy: the private
 * areas, but also the public pages, which show the person's name and the sign-out form with its
 * token. The decision uses the path the container resolved ({@code getServletPath()} plus {@code
 * getPathInfo()}: percent-decoded, dot segments removed), the same path the security constraints
 * are matched against, so {@code /%63andidate/passport} cannot slip past it as the raw URI did.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers on {@code response}; also used where no filter runs (the sign-in mechanism).
   */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (personal(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /**
   * Whether the response may show something of one person: a private area, a signed-in caller, or a
   * session that has shown the sign-out form (so a signed-in person's, even on a request where the
   * container did not restore the caller). An anonymous visitor's session alone does not count:
   * public pages stay cacheable for visitors.
   */
  static boolean personal(HttpServletRequest request) {
    if (privateArea(resolvedPath(request)) || request.getUserPrincipal() != null) {
      return true;
    }
    HttpSession session = request.getSession(false);
    return session != null && SignOut.hasToken(session);
  }

  static boolean privateArea(String path) {
    return path.equals("/candidate")
        || path.equals("/employer")
        || path.equals("/admin")
        || path.startsWith("/candidate/")
        || path.startsWith("/employer/")
        || path.startsWith("/admin/");
  }

  /** The path inside the application as the container resolved it (decoded, normalised). */
  static String resolvedPath(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }
}
