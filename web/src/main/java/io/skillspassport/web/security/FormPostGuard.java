package io.skillspassport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets a form's secrets in only through a POST body, decoded as UTF-8. Two plain servlets take
 * posts of their own: sign-out (its own token) and Keycloak's back-channel logout (a signed logout
 * token). The engines' API under {@code /api/} is no form: it authenticates each request by its
 * bearer token and sets its own, smaller body limit with RFC 9457 problems (see {@code
 * io.skillspassport.web.api}), so this filter leaves it alone.
 *
 * <ul>
 *   <li>Every request is decoded as UTF-8 before anything reads a parameter. Faces would set the
 *       encoding itself, but only if no filter read a parameter first (this one does), and the
 *       container's default is ISO-8859-1: "é" typed into a form would be stored as "Ã©". ({@code
 *       web.xml} sets the same default; this keeps it true whatever the container does.)
 *   <li>Every form of the portal is a Faces form and posts the view state the server issued; a POST
 *       without one did not come from a page of this site (a cross-site request, a script), so it
 *       gets 400 and the "page has expired" page instead of being treated as a fresh page request.
 *       A view state that is present but forged or stale is refused by Faces itself ({@link
 *       AccessDeniedHandler}).
 *   <li>A form post larger than {@link #MAX_FORM_BYTES} is refused with 413 before anything reads
 *       it: the largest form of the portal (the role editor with every section filled) posts tens
 *       of kilobytes, and a 5 MB "bundle name" would otherwise be decoded, validated and echoed
 *       back into the page, holding a request thread for as long as that takes.
 *   <li>A view state or the sign-out token in the query string is refused with 400, whatever the
 *       method: Faces treats any request carrying a view state as a postback and would run the
 *       form's action on a GET (a link, an image, a prefetch could then act for the person), and a
 *       token in a URL leaks into histories, logs and Referer headers.
 * </ul>
 */
@WebFilter(filterName = "FormPostGuard", urlPatterns = "/*")
public class FormPostGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  /**
   * Request attribute set when a request is refused for its missing, forged or stale view state:
   * the 400 page then says "this page has expired" rather than "malformed request".
   */
  public static final String EXPIRED = FormPostGuard.class.getName() + ".expired";

  /** Where the engines' API lives (its own servlet mapping, so this is the servlet path). */
  static final String API_PREFIX = "/api";

  /** The largest form post accepted: 1 MiB. */
  static final long MAX_FORM_BYTES = 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (API_PREFIX.equals(request.getServletPath())) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    if (request.getContentLengthLong() > MAX_FORM_BYTES) {
      discardBody(request);
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    Set<String> inQuery = queryParameterNames(request.getQueryString());
    if (inQuery.contains(VIEW_STATE)
        || (SignOut.PATH.equals(request.getServletPath())
            && inQuery.contains(SignOut.TOKEN_PARAMETER))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if ("POST".equals(request.getMethod())
        && !SignOut.PATH.equals(request.getServletPath())
        && !BackChannelLogout.PATH.equals(request.getServletPath())
        && request.getParameter(VIEW_STATE) == null) {
      request.setAttribute(EXPIRED, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads and drops an oversized body (up to 64 MiB), so the client, still sending, receives the
   * 413 page instead of a connection reset. Nothing is decoded or kept.
   */
  private static void discardBody(HttpServletRequest request) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = 64L * 1024 * 1024;
    try (var in = request.getInputStream()) {
      int read;
      while (left > 0 && (read = in.read(buffer)) != -1) {
        left -= read;
      }
    }
  }

  /** The decoded parameter names of a query string; empty for none or a malformed one. */
  static Set<String> queryParameterNames(String query) {
    if (query == null || query.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(query.split("&"))
        .map(pair -> pair.split("=", 2)[0])
        .map(FormPostGuard::decode)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String decode(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      // "%zz" and the like: keep the raw name, which is no parameter the portal knows.
      return name;
    }
  }
}
