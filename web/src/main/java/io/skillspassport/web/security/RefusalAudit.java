package io.skillspassport.web.security;

import io.skillspassport.audit.boundary.AuditTrail;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Audits refusals the container makes before any portal code runs: a signed-in person opening a
 * page their role may not see gets the 403 page, and the attempt lands in the audit log.
 */
@WebFilter(filterName = "RefusalAudit", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalAudit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Request attribute set when a refusal has been audited already (by the boundary that refused).
   */
  public static final String AUDITED = RefusalAudit.class.getName() + ".audited";

  @Inject AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (Integer.valueOf(403).equals(status) && request.getAttribute(RefusalAudit.AUDITED) == null) {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      audit.recordDenied(String.valueOf(uri), "the page needs a role the caller does not have");
    }
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }
}
