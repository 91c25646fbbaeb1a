package io.skillspassport.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.credentials.entity.IssuedCredential;
import io.skillspassport.credentials.entity.IssuedFamily;
import io.skillspassport.credentials.entity.RevocationReason;
import io.skillspassport.testing.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issued credentials on H2 and PostgreSQL: the sequence hands out status slots that stay unique
 * under concurrent issuing, the database itself refuses a second credential on the same bit, and a
 * newer result finds exactly the credentials it supersedes.
 */
class IssuedCredentialPersistenceTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private static IssuedCredential issue(
      Database db, String candidate, Instant measured, Instant validUntil) {
    return db.inTransaction(
        em -> {
          IssuedCredential c =
              new IssuedCredentialStore(em)
                  .add(
                      new IssuedCredential(
                          "urn:uuid:" + UUID.randomUUID(),
                          UUID.randomUUID().toString().substring(0, 12),
                          candidate,
                          NOW.minus(Duration.ofDays(1)),
                          validUntil,
                          List.of(
                              new IssuedFamily("PYTHON_FUNDAMENTALS", measured),
                              new IssuedFamily("COMMUNICATION", measured))));
          c.sign(
              StatusSlots.list(c.slot()), StatusSlots.index(c.slot()), "kid", "header.payload.sig");
          return c;
        });
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void concurrentIssuersNeverShareAStatusBit(Database.Kind kind) throws Exception {
    try (Database db = Database.fresh(kind)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Callable<IssuedCredential>> work = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        work.add(() -> issue(db, "cara", NOW, NOW.plus(Duration.ofDays(400))));
      }
      List<Future<IssuedCredential>> done = pool.invokeAll(work);
      pool.shutdown();
      Set<String> bits = new HashSet<>();
      for (Future<IssuedCredential> f : done) {
        IssuedCredential c = f.get();
        bits.add(c.statusList() + ":" + c.statusIndex());
      }
      assertThat(bits).hasSize(40);
      long rows =
          db.inTransaction(
              em ->
                  em.createQuery("select count(c) from IssuedCredential c", Long.class)
                      .getSingleResult());
      assertThat(rows).isEqualTo(40);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void theDatabaseRefusesASecondCredentialOnTheSameBit(Database.Kind kind) throws Exception {
    try (Database db = Database.fresh(kind)) {
      IssuedCredential first = issue(db, "cara", NOW, NOW.plus(Duration.ofDays(400)));
      try (Connection c = DriverManager.getConnection(db.url(), db.user(), "")) {
        var insert =
            c.prepareStatement(
                "insert into issued_credential (id, credential_id, short_code, candidate,"
                    + " status_list, status_index, issued_at, valid_until, signing_kid, token,"
                    + " version) values (999999, 'urn:uuid:x', 'dup', 'mallory', ?, ?,"
                    + " current_timestamp, current_timestamp, 'k', 't', 0)");
        insert.setInt(1, first.statusList());
        insert.setInt(2, first.statusIndex());
        assertThatThrownBy(insert::executeUpdate)
            .isInstanceOf(java.sql.SQLException.class)
            .satisfies(
                e ->
                    assertThat(e.getMessage().toLowerCase())
                        .contains("issued_credential_slot_unique"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aNewerResultSupersedesOnlyOlderCredentialsOfItsFamilyAndCandidate(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      Instant older = NOW.minus(Duration.ofDays(30));
      IssuedCredential stale = issue(db, "cara", older, NOW.plus(Duration.ofDays(400)));
      IssuedCredential fresh = issue(db, "cara", NOW, NOW.plus(Duration.ofDays(400)));
      IssuedCredential someoneElse = issue(db, "dev", older, NOW.plus(Duration.ofDays(400)));

      List<Long> superseded =
          db.inTransaction(
              em ->
                  new IssuedCredentialStore(em)
                      .supersededBy("cara", "COMMUNICATION", NOW.minus(Duration.ofDays(1))).stream()
                          .map(IssuedCredential::id)
                          .toList());
      List<Long> otherFamily =
          db.inTransaction(
              em ->
                  new IssuedCredentialStore(em)
                      .supersededBy("cara", "DATA_ANALYSIS", NOW).stream()
                          .map(IssuedCredential::id)
                          .toList());

      assertThat(superseded).containsExactly(stale.id());
      assertThat(otherFamily).isEmpty();
      assertThat(fresh.id()).isNotEqualTo(someoneElse.id());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void revokedAndExpiredCredentialsAreTheSetBitsOfTheirList(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      IssuedCredential active = issue(db, "cara", NOW, NOW.plus(Duration.ofDays(400)));
      IssuedCredential revoked = issue(db, "cara", NOW, NOW.plus(Duration.ofDays(400)));
      IssuedCredential expired = issue(db, "cara", NOW, NOW.plus(Duration.ofSeconds(1)));
      db.run(
          em ->
              new IssuedCredentialStore(em)
                  .byId(revoked.id())
                  .orElseThrow()
                  .revoke(NOW, RevocationReason.CANDIDATE));

      List<Integer> set =
          db.inTransaction(
              em -> new IssuedCredentialStore(em).retiredIndices(0, NOW.plus(Duration.ofDays(1))));

      assertThat(set)
          .containsExactlyInAnyOrder(revoked.statusIndex(), expired.statusIndex())
          .doesNotContain(active.statusIndex());
    }
  }
}
