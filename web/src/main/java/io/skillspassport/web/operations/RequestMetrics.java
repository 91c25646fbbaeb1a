package io.skillspassport.web.operations;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Times every request as it arrived (not its forwards) and records it per page and status class in
 * {@link PortalMetrics}. Mapped first in web.xml: a later filter that forwards (clean URLs) would
 * otherwise end the chain before it.
 */
@WebFilter(filterName = "RequestMetrics", dispatcherTypes = DispatcherType.REQUEST)
public class RequestMetrics extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject PortalMetrics metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      metrics.request(
          page(request.getRequestURI().substring(request.getContextPath().length())),
          response.getStatus(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * The label of a path: {@code .xhtml} dropped, Faces resources as one page, and everything after
   * the second segment folded into {@code :id} ({@code /roles/some-role} and {@code
   * /credentials/status/3} name a thing, not a page), so that the label set stays small whatever
   * addresses clients invent; unusual characters become {@code _}.
   */
  static String page(String path) {
    if (path.isEmpty() || "/".equals(path)) {
      return "/";
    }
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
      return "/resources";
    }
    String clean = path.toLowerCase(Locale.ROOT).replaceAll("\\.xhtml$", "");
    String[] segments = clean.substring(1).split("/", -1);
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < segments.length && i < 3; i++) {
      label.append('/');
      boolean named = i == 0 || (i == 1 && !"roles".equals(segments[0]));
      label.append(named ? segments[i].replaceAll("[^a-z0-9._-]", "_") : ":id");
    }
    String result = label.toString();
    return result.length() > 60 ? result.substring(0, 60) : result;
  }
}
