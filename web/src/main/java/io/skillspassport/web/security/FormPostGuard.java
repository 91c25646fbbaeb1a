package io.skillspassport.web.security;

import io.skillspassport.audit.boundary.AuditTrail;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets a form's secrets in only through a POST body, decoded as UTF-8, and lets no POST in without
 * the session's {@link AntiCsrfToken}. Two plain servlets take posts of their own: sign-out (the
 * token, no view state) and Keycloak's back-channel logout (a signed logout token, server to
 * server: no session, no token). The engines' API under {@code /api/} is no form: it authenticates
 * each request by its bearer token and sets its own, smaller body limit with RFC 9457 problems (see
 * {@code io.skillspassport.web.api}), so this filter leaves it alone.
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
 *       io.skillspassport.web.site.RefusalHandler}).
 *   <li>A form post larger than {@link RequestBodies#MAX_FORM_BYTES} is refused with 413 before
 *       anything parses it ({@link RequestBodies}: by its Content-Length, or a chunked body by
 *       reading it up to the limit): the largest form of the portal (the role editor with every
 *       section filled) posts tens of kilobytes, and a 5 MB "bundle name" would otherwise be
 *       decoded, validated and echoed back into the page, holding a request thread for as long as
 *       that takes.
 *   <li>Every POST carries the session's anti-CSRF token ({@link AntiCsrfToken}); a missing or
 *       wrong one gets the 403 page and an audit entry before any servlet runs.
 *   <li>A view state or the anti-CSRF token in the query string is refused with 400, whatever the
 *       method: Faces treats any request carrying a view state as a postback and would run the
 *       form's action on a GET (a link, an image, a prefetch could then act for the person), and a
 *       token in a URL leaks into histories, logs and Referer headers.
 * </ul>
 */
@WebFilter(filterName = "FormPostGuard", urlPatterns = "/*")
public class FormPostGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail audit;

  private static final String TOO_LARGE_PAGE = "/WEB-INF/errors/413.xhtml";

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  /**
   * Request attribute set when a request is refused for its missing, forged or stale view state:
   * the 400 page then says "this page has expired" rather than "malformed request".
   */
  public static final String EXPIRED = FormPostGuard.class.getName() + ".expired";

  /** Where the engines' API lives (its own servlet mapping, so this is the servlet path). */
  static final String API_PREFIX = "/api";

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
    RequestBodies.screen(request);
    if (RequestBodies.tooLarge(request)) {
      // Not sendError: the container's error dispatch would hand Faces the container's request,
      // whose first parameter read throws for such a body (see RequestBodies#readable).
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      request
          .getRequestDispatcher(TOO_LARGE_PAGE)
          .forward(RequestBodies.readable(request), response);
      return;
    }
    request = RequestBodies.readable(request);
    Set<String> inQuery = queryParameterNames(request.getQueryString());
    if (inQuery.contains(VIEW_STATE) || inQuery.contains(AntiCsrfToken.FIELD)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    boolean post = "POST".equals(request.getMethod());
    if (post
        && !BackChannelLogout.PATH.equals(request.getServletPath())
        && !tokenAccepted(request, response)) {
      return;
    }
    if (post
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
   * Checks the session's {@link AntiCsrfToken} in the body of a POST. Missing or wrong: 403,
   * audited (a page of another site, a script, a scanner). Sent, but the session is new or has no
   * token (it ended or timed out while the page was open): the "page has expired" page, as Faces
   * would say for its view state — the person did nothing wrong, the page is just stale.
   *
   * @return whether the request may go on; if not, the refusal has been sent
   */
  private boolean tokenAccepted(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String sent = request.getParameter(AntiCsrfToken.FIELD);
    if (sent == null) {
      refuse(request, response, "a form post without the anti-CSRF token");
      return false;
    }
    HttpSession session = request.getSession(false);
    var expected = session == null ? Optional.<String>empty() : AntiCsrfToken.issued(session);
    if (expected.isEmpty()) {
      request.setAttribute(EXPIRED, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return false;
    }
    if (!AntiCsrfToken.matches(expected.get(), sent)) {
      refuse(request, response, "a form post with a wrong anti-CSRF token");
      return false;
    }
    return true;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    String query = request.getQueryString();
    audit.recordDenied(request.getRequestURI() + (query == null ? "" : "?" + query), reason);
    request.setAttribute(RefusalAudit.AUDITED, Boolean.TRUE);
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
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
