package io.skillspassport.audit.control;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads audit entries. An entry is written in a transaction of its own, so a refused or
 * failed use case still leaves its trace when its own transaction rolls back.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String actor, AuditAction action, String target, String detail) {
    em.persist(new AuditEvent(clock.instant(), actor, action, target, detail));
  }

  /**
   * A page of entries, newest first, whose actor, target or detail contains {@code text} (any case)
   * and whose action is {@code action} when one is given.
   */
  public List<AuditEvent> search(String text, AuditAction action, int first, int max) {
    return filtered(
            "select e", text, action, " order by e.occurredAt desc, e.id desc", AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many entries {@link #search} would find in all. */
  public long count(String text, AuditAction action) {
    return filtered("select count(e)", text, action, "", Long.class).getSingleResult();
  }

  /**
   * {@code text} as a LIKE pattern that matches itself only: the wildcards {@code %} and {@code _}
   * and the escape character are escaped, so searching for "50%" finds "50%", not "50" followed by
   * anything.
   */
  static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  // Conditions are added only when given: "? is null" comparisons do not type-check on PostgreSQL.
  private <T> TypedQuery<T> filtered(
      String select, String text, AuditAction action, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" from AuditEvent e where 1 = 1");
    boolean hasText = text != null && !text.isBlank();
    if (action != null) {
      jpql.append(" and e.action = :action");
    }
    if (hasText) {
      jpql.append(
          " and (lower(e.actor) like :like escape '\\' or lower(e.target) like :like escape '\\'"
              + " or lower(e.detail) like :like escape '\\')");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (action != null) {
      query.setParameter("action", action);
    }
    if (hasText) {
      query.setParameter("like", "%" + literal(text.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    return query;
  }
}
