package io.skillspassport.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.audit.boundary.AuditAction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An audit entry always fits its columns (V2__audit_log.sql): long values are cut, not refused. */
class AuditEventTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void aTargetLongerThanItsColumnIsTruncatedWithAMark() {
    String url = "/employer/side-by-side?bundle=1&c=" + "x".repeat(600);

    var event = new AuditEvent(NOW, "erin", AuditAction.ACCESS_DENIED, url, "refused");

    assertThat(event.target()).hasSize(500).startsWith(url.substring(0, 499)).endsWith("…");
  }

  @Test
  void anActorLongerThanItsColumnIsTruncated() {
    var event = new AuditEvent(NOW, "a".repeat(300), AuditAction.ACCESS_DENIED, "/admin", "");

    assertThat(event.actor()).hasSize(200).endsWith("…");
  }

  @Test
  void valuesThatFitAreKeptAsTheyAre() {
    String target = "t".repeat(500);

    var event = new AuditEvent(NOW, "erin", AuditAction.ACCESS_DENIED, target, "d".repeat(2000));

    assertThat(event.target()).isEqualTo(target);
    assertThat(event.detail()).hasSize(2000).doesNotContain("…");
  }

  @Test
  void theCutNeverSplitsAnEmoji() {
    // 498 ASCII characters, then an emoji (two UTF-16 units at 498 and 499), then more: the cut at
    // 499 would split the pair, so the emoji goes whole.
    String target = "y".repeat(498) + "🙂" + "z".repeat(10);

    var event = new AuditEvent(NOW, "erin", AuditAction.ACCESS_DENIED, target, "");

    assertThat(event.target()).isEqualTo("y".repeat(498) + "…");
  }
}
