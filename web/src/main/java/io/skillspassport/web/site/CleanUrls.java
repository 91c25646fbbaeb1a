package io.skillspassport.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the public pages under addresses people can read and share ({@code /roles/ml-research-
 * scientist} rather than {@code /role.xhtml?slug=...}, {@code /candidate/passport} rather than
 * {@code /candidate/passport.xhtml}) by forwarding to the Faces view. An area's root ({@code
 * /candidate/}, {@code /employer/}, {@code /admin/}) leads to that area's home page.
 */
@WebFilter(filterName = "CleanUrls", urlPatterns = "/*")
public class CleanUrls extends HttpFilter {

  private static final Map<String, String> PAGES =
      Map.of(
          "/roles", "/roles.xhtml",
          "/assessments", "/assessments.xhtml",
          "/methodology", "/methodology.xhtml",
          "/passport-explained", "/passport-explained.xhtml",
          "/verify", "/verify.xhtml",
          "/invitation", "/invitation.xhtml");

  /** Each area's root and the home page it leads to (the same as after sign-in). */
  private static final Map<String, String> AREA_HOMES =
      Map.of(
          "/candidate", "/candidate/passport",
          "/employer", "/employer/bundles",
          "/admin", "/admin/roles");

  private static final Pattern AUDIENCE_PAGE =
      Pattern.compile("/(candidate|employer|admin)(/[a-z0-9]+(?:-[a-z0-9]+)*)+");

  private static final Pattern ROLE = Pattern.compile("/roles/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String trimmed =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    String home = AREA_HOMES.get(trimmed);
    if (home != null) {
      response.sendRedirect(request.getContextPath() + home);
      return;
    }
    String page = PAGES.get(trimmed);
    if (page != null) {
      request.getRequestDispatcher(page).forward(request, response);
      return;
    }
    var role = ROLE.matcher(path);
    if (role.matches()) {
      String slug = URLEncoder.encode(role.group(1), StandardCharsets.UTF_8);
      request.getRequestDispatcher("/role.xhtml?slug=" + slug).forward(request, response);
      return;
    }
    if (AUDIENCE_PAGE.matcher(path).matches()) {
      request.getRequestDispatcher(path + ".xhtml").forward(request, response);
      return;
    }
    if (path.startsWith("/roles/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
