package io.skillspassport.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.entity.AuditEvent;
import io.skillspassport.testing.Database;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit search on a migrated H2 and PostgreSQL: the text is searched for literally, so the LIKE
 * wildcards {@code %} and {@code _} typed by an admin match only themselves; and an entry whose
 * target is longer than its column is stored (cut), not lost.
 */
class AuditLogTest {

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void percentAndUnderscoreAreSearchedLiterally(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(
          em -> {
            AuditLog log = logOn(em);
            log.record("ada", AuditAction.CONTENT_CHANGED, "role a", "weight 50% of the total");
            log.record("ada", AuditAction.CONTENT_CHANGED, "role b", "weight 500 of the total");
            log.record("ada", AuditAction.CONTENT_CHANGED, "role_c", "renamed");
            log.record("ada", AuditAction.CONTENT_CHANGED, "role-d", "renamed");
            log.record("ada", AuditAction.CONTENT_CHANGED, "path\\e", "renamed");
          });

      assertThat(targets(db, "50%")).containsExactly("role a");
      assertThat(targets(db, "role_")).containsExactly("role_c");
      assertThat(targets(db, "%")).containsExactly("role a");
      assertThat(targets(db, "_")).containsExactly("role_c");
      assertThat(targets(db, "h\\e")).containsExactly("path\\e");
      long count = db.inTransaction(em -> logOn(em).count("ROLE_", null));
      assertThat(count).isEqualTo(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aRefusalWithATargetLongerThanItsColumnIsStored(Database.Kind kind) {
    String url = "/employer/side-by-side?bundle=1&c=" + "x".repeat(600);
    try (Database db = Database.fresh(kind)) {
      db.run(em -> logOn(em).record("erin", AuditAction.ACCESS_DENIED, url, "refused"));

      List<AuditEvent> found =
          db.inTransaction(em -> logOn(em).search("side-by-side", null, 0, 10));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).target()).hasSize(500).startsWith(url.substring(0, 499));
    }
  }

  private static List<String> targets(Database db, String text) {
    return db.inTransaction(
        em -> logOn(em).search(text, null, 0, 50).stream().map(AuditEvent::target).toList());
  }

  private static AuditLog logOn(jakarta.persistence.EntityManager em) {
    AuditLog log = new AuditLog();
    log.clock = Clock.systemUTC();
    log.em = em;
    return log;
  }
}
