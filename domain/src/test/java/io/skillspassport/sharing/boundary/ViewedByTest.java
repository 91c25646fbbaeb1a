package io.skillspassport.sharing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.bundles.control.ViewingLog;
import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The candidate's "viewed by" list on H2 and PostgreSQL, fed through the comparison's batch log:
 * every view is kept and counted per organisation and UTC day, so one employer paging a comparison
 * 205 times is one row with 205 views and never pushes another organisation out; the list pages
 * through any number of days; and it names organisations only — never the employer's people or the
 * bundle names the log records.
 */
class ViewedByTest {

  private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void oneBusyEmployerIsOneCountedRowBesideEveryOtherOrganisation(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      organisations(db);
      ViewingLog log = new ViewingLog(dataSource(db, kind));
      log.record(List.of("cara"), "helix-research", "omar", NOON.minusSeconds(3600), "Helix v1");
      for (int i = 0; i < 205; i++) {
        log.record(
            List.of("cara", "dev"), "northwind-labs", "erin", NOON.plusSeconds(i), "Secret bundle");
      }
      log.record(List.of("cara"), "northwind-labs", "erin", NOON.plusSeconds(86_400), "next day");

      ViewingPage page = viewedBy(db, "cara", 0, 20);

      LocalDate day = LocalDate.of(2026, 11, 20);
      assertThat(page.days())
          .containsExactly(
              new ViewingDay("Northwind Labs", day.plusDays(1), 1),
              new ViewingDay("Helix Research", day, 1),
              new ViewingDay("Northwind Labs", day, 205));
      assertThat(page.total()).isEqualTo(3);
      assertThat(page.pages()).isEqualTo(1);
      assertThat(page.toString()).doesNotContain("Secret bundle", "erin", "omar");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void pagesThroughEveryDayAndShowsTheLastPageForOneBeyondIt(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      organisations(db);
      ViewingLog log = new ViewingLog(dataSource(db, kind));
      for (int d = 0; d < 45; d++) {
        log.record(List.of("cara"), "northwind-labs", "erin", NOON.plusSeconds(86_400L * d), "c");
      }

      ViewingPage first = viewedBy(db, "cara", 0, 20);
      ViewingPage third = viewedBy(db, "cara", 2, 20);
      ViewingPage beyond = viewedBy(db, "cara", 999_999_999, 20);

      assertThat(first.total()).isEqualTo(45);
      assertThat(first.pages()).isEqualTo(3);
      assertThat(first.days()).hasSize(20);
      assertThat(first.days().get(0).day()).isEqualTo(LocalDate.of(2026, 11, 20).plusDays(44));
      assertThat(first.hasPrevious()).isFalse();
      assertThat(first.hasNext()).isTrue();
      assertThat(third.days()).hasSize(5);
      assertThat(third.days().get(4).day()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(third.hasNext()).isFalse();
      assertThat(beyond.page()).isEqualTo(2);
      assertThat(beyond.days()).isEqualTo(third.days());
    }
  }

  private static void organisations(Database db) {
    db.run(
        em -> {
          var organisations = new OrganisationStore(em);
          organisations.add(new EmployerOrganisation("northwind-labs", "Northwind Labs", ""));
          organisations.add(new EmployerOrganisation("helix-research", "Helix Research", ""));
        });
  }

  private static ViewingPage viewedBy(Database db, String candidate, int page, int size) {
    FixedCaller caller = FixedCaller.candidate(candidate);
    return db.inTransaction(em -> sharing(em, caller).viewedBy(page, size));
  }

  private static Sharing sharing(EntityManager em, FixedCaller caller) {
    Sharing sharing = new Sharing();
    sharing.clock = Clock.systemUTC();
    sharing.caller = caller;
    sharing.guard = new Guard(caller);
    sharing.shares = new ShareStore(em);
    sharing.organisations = new ShareableOrganisations(new OrganisationStore(em));
    return sharing;
  }

  private static DataSource dataSource(Database db, Database.Kind kind) {
    if (kind == Database.Kind.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(db.url());
      h2.setUser(db.user());
      return h2;
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(db.url());
    pg.setUser(db.user());
    return pg;
  }
}
