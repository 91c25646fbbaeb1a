package io.skillspassport.audit.boundary;

import io.skillspassport.audit.control.AuditLog;
import io.skillspassport.audit.entity.AuditEvent;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The audit log as admins read it, and where the web tier reports a refusal it made itself (the
 * boundaries' refusals come from the platform's {@link Guard}, recorded by {@code RefusalLog}).
 */
@ApplicationScoped
public class AuditTrail {

  /** The most entries one page of the log shows. */
  public static final int MAX_PAGE_SIZE = 200;

  @Inject AuditLog log;

  @Inject Caller caller;

  @Inject Guard guard;

  /**
   * A page of the audit log ({@code page} 0-based, clamped to the pages there are); admins only.
   */
  public AuditPage search(String text, AuditAction action, int page, int pageSize) {
    guard.requireAdmin("the audit log");
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    String query = text == null ? "" : text.strip();
    long total = log.count(query, action);
    // Clamped to the pages there are, so ?page=999999999 shows the last page, not an overflow.
    long lastPage = Math.max(0, (total - 1) / size);
    int index = (int) Math.max(0, Math.min(page, lastPage));
    List<AuditEntry> entries =
        log.search(query, action, index * size, size).stream().map(AuditTrail::entry).toList();
    return new AuditPage(entries, index, size, total);
  }

  /**
   * Records that the current caller did {@code action} to {@code target}; written in a transaction
   * of its own, like every entry.
   */
  public void record(AuditAction action, String target, String detail) {
    log.record(caller.username(), action, target, detail);
  }

  /**
   * Records that {@code actor} did {@code action} to {@code target} when the actor is not the
   * signed-in caller: an outside engine, or the employer an invitation's access was checked for.
   * Written in a transaction of its own, like every entry.
   */
  public void recordBy(String actor, AuditAction action, String target, String detail) {
    log.record(actor, action, target, detail);
  }

  /**
   * The newest entry about exactly {@code target} whose action is one of {@code actions}: who
   * changed it last, for a conflict message. Looks at the newest 50 entries that mention the
   * target; empty when none of them is such an entry.
   */
  public Optional<AuditEntry> lastOf(String target, Set<AuditAction> actions) {
    return log.search(target, null, 0, 50).stream()
        .filter(e -> target.equals(e.target()))
        .filter(e -> actions.contains(e.action()))
        .findFirst()
        .map(AuditTrail::entry);
  }

  /** Records that the current caller was refused {@code target}, and why. */
  public void recordDenied(String target, String reason) {
    log.record(caller.username(), AuditAction.ACCESS_DENIED, target, reason);
  }

  private static AuditEntry entry(AuditEvent e) {
    return new AuditEntry(e.occurredAt(), e.actor(), e.action().name(), e.target(), e.detail());
  }

  /** One page of audit entries with the total count, for pagination. */
  public record AuditPage(List<AuditEntry> entries, int page, int pageSize, long total) {

    public long pages() {
      return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
      return (long) (page + 1) * pageSize < total;
    }

    public boolean hasPrevious() {
      return page > 0;
    }
  }
}
