package io.skillspassport.web.admin;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Backs {@code admin/audit.xhtml}: the audit log, searchable by text and action, one page at a
 * time. The query lives in the URL ({@code ?q=&action=&page=}) so a search can be bookmarked and
 * shared.
 */
@Named
@RequestScoped
public class AuditLogView {

  static final int PAGE_SIZE = 50;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  @Inject AuditTrail audit;

  private String q;
  private String action;
  private int page;
  private AuditTrail.AuditPage result;

  public void load() {
    AuditAction chosen = null;
    if (action != null && !action.isBlank()) {
      try {
        chosen = AuditAction.valueOf(action);
      } catch (IllegalArgumentException unknown) {
        action = null;
      }
    }
    result = audit.search(q, chosen, page, PAGE_SIZE);
  }

  /**
   * The query string of page {@code index} of the current search, each value URL-encoded so that a
   * search text with {@code &} or {@code #} survives the round trip.
   */
  public String pageQuery(int index) {
    return "?q="
        + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8)
        + "&action="
        + URLEncoder.encode(action == null ? "" : action, StandardCharsets.UTF_8)
        + "&page="
        + Math.max(0, index);
  }

  public String when(Instant instant) {
    return WHEN.format(instant);
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public AuditTrail.AuditPage getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
