package io.skillspassport.bundles.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportViewing;
import io.skillspassport.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The comparison's viewing log on H2 and PostgreSQL: one set-based insert writes a row per
 * candidate with the organisation, viewer, time, UTC day and context, under ids that neither
 * collide with each other nor with the ids EclipseLink draws from the same sequence before and
 * after it.
 */
class ViewingLogTest {

  /** Late in a UTC day: the day stored must be that day, not the next. */
  private static final Instant LATE = Instant.parse("2026-11-20T23:59:30Z");

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void logsEveryCandidateOnceUnderIdsNoOneElseHolds(Database.Kind kind) throws SQLException {
    try (Database db = Database.fresh(kind)) {
      // 1,234 candidates: 25 blocks of the sequence, the last one partly used.
      List<String> candidates = new ArrayList<>();
      IntStream.range(0, 1234).forEach(i -> candidates.add("cand-" + i));
      candidates.add("Zoë \"quoted\", 漢字 🙂");
      db.run(em -> new ShareStore(em).addViewing(viewing("before")));

      new ViewingLog(dataSource(db, kind))
          .record(candidates, "northwind-labs", "erin", LATE, "CSV export of Q3 v2");
      // EclipseLink draws its next block after the log's: 60 entities need two blocks.
      db.run(
          em -> {
            ShareStore shares = new ShareStore(em);
            for (int i = 0; i < 60; i++) {
              shares.addViewing(viewing("after-" + i));
            }
          });

      try (Connection c = dataSource(db, kind).getConnection();
          Statement s = c.createStatement()) {
        assertThat(single(s, "select count(*) from passport_viewing")).isEqualTo(1 + 1235 + 60);
        assertThat(single(s, "select count(distinct id) from passport_viewing"))
            .isEqualTo(1 + 1235 + 60);
        List<String> logged = new ArrayList<>();
        Set<String> details = new HashSet<>();
        try (ResultSet rs =
            s.executeQuery(
                "select candidate, organisation, viewer, viewed_at, viewed_on, context"
                    + " from passport_viewing where viewer = 'erin'")) {
          while (rs.next()) {
            logged.add(rs.getString(1));
            details.add(
                rs.getString(2)
                    + "|"
                    + rs.getString(3)
                    + "|"
                    + rs.getTimestamp(4).toInstant()
                    + "|"
                    + rs.getObject(5, LocalDate.class)
                    + "|"
                    + rs.getString(6));
          }
        }
        assertThat(logged).containsExactlyInAnyOrderElementsOf(candidates);
        assertThat(details)
            .containsExactly("northwind-labs|erin|" + LATE + "|2026-11-20|CSV export of Q3 v2");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void keepsTheFirst200CharactersOfALongContext(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      String context = "x".repeat(199) + "yz";

      new ViewingLog(dataSource(db, kind))
          .record(List.of("cara"), "northwind-labs", "erin", LATE, context);

      List<PassportViewing> viewings =
          db.inTransaction(em -> new ShareStore(em).viewingsOf("cara", 10));
      assertThat(viewings).hasSize(1);
      assertThat(viewings.get(0).context()).isEqualTo("x".repeat(199) + "y");
      assertThat(viewings.get(0).viewedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }
  }

  private static PassportViewing viewing(String candidate) {
    return new PassportViewing(candidate, "helix-research", "omar", LATE, "page");
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
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
