package io.skillspassport.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.platform.boundary.UniqueViolation;
import io.skillspassport.testing.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration V6 on a database that already holds what the races left behind (written with V5's
 * schema, as the portal wrote it): several attempts in progress and several active shares with one
 * organisation. After V6 the candidate has one attempt in progress (the one with the most answers)
 * and one current share that grants exactly what the duplicates granted together; finished rows are
 * untouched; and the database refuses a second live row from then on.
 */
class DuplicateRowsMigrationTest {

  @ParameterizedTest
  @ValueSource(strings = {"H2", "POSTGRESQL"})
  void mergesTheDuplicatesOfTheRacesAndThenRefusesNewOnes(String kind) throws SQLException {
    String[] db = database(kind);
    Flyway.configure()
        .dataSource(db[0], db[1], "")
        .locations("classpath:db/migration")
        .target(MigrationVersion.fromVersion("5"))
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(db[0], db[1], "")) {
      Statement s = c.createStatement();
      s.execute(
          "insert into assessment_item (id, family_code, code, content_version, kind,"
              + " bank_position, stem, options, answer_key, discrimination, difficulty, retired,"
              + " version) values (1, 'PY', 'i1', 1, 'TWO_PL', 1, 's', '[]', '0', 1, 0, false, 1),"
              + " (2, 'PY', 'i2', 1, 'TWO_PL', 2, 's', '[]', '0', 1, 0, false, 1)");
      // Three attempts in progress of the same family (11 has the most answers), one submitted,
      // one in progress of another family.
      attempt(s, 10, "cara", "PY", "IN_PROGRESS");
      attempt(s, 11, "cara", "PY", "IN_PROGRESS");
      attempt(s, 12, "cara", "PY", "IN_PROGRESS");
      attempt(s, 13, "cara", "PY", "SUBMITTED");
      attempt(s, 14, "cara", "COMM", "IN_PROGRESS");
      s.execute(
          "insert into attempt_answer (id, attempt_id, item_id, response, answered_at, version)"
              + " values (100, 11, 1, 0, timestamp '2026-11-01 10:00:00', 1),"
              + " (101, 11, 2, 1, timestamp '2026-11-01 10:00:00', 1),"
              + " (102, 12, 1, 0, timestamp '2026-11-01 10:00:00', 1)");
      // Two active shares with northwind (one until a date, one without end), one revoked, one
      // expired, and a single share with helix.
      share(s, 20, "cara", "northwind", "2026-11-01 10:00:00", "2099-01-01 00:00:00", null);
      share(s, 21, "cara", "northwind", "2026-11-01 10:00:01", null, null);
      share(s, 22, "cara", "northwind", "2026-10-01 10:00:00", null, "2026-10-02 10:00:00");
      share(s, 23, "cara", "northwind", "2026-09-01 10:00:00", "2026-09-10 00:00:00", null);
      share(s, 24, "cara", "helix", "2026-11-01 10:00:00", "2099-01-01 00:00:00", null);
      s.execute(
          "insert into passport_viewing (id, candidate, organisation, viewer, viewed_at, context)"
              + " values (30, 'cara', 'northwind', 'erin', timestamp '2026-11-02 23:59:59', 'x')");
    }

    Flyway.configure()
        .dataSource(db[0], db[1], "")
        .locations("classpath:db/migration")
        .load()
        .migrate();

    try (Connection c = DriverManager.getConnection(db[0], db[1], "")) {
      Statement s = c.createStatement();
      assertThat(rows(s, "select id, status from assessment_attempt order by id"))
          .containsExactly(
              "10 SUPERSEDED", "11 IN_PROGRESS", "12 SUPERSEDED", "13 SUBMITTED", "14 IN_PROGRESS");
      assertThat(rows(s, "select count(*) from attempt_answer")).containsExactly("3");
      assertThat(
              rows(
                  s,
                  "select id, shared_at, expires_at, revoked_at, current_marker from passport_share"
                      + " order by id"))
          .containsExactly(
              "21 2026-11-01 10:00:00.0 null null 1",
              "22 2026-10-01 10:00:00.0 null 2026-10-02 10:00:00.0 null",
              "23 2026-09-01 10:00:00.0 2026-09-10 00:00:00.0 null null",
              "24 2026-11-01 10:00:00.0 2099-01-01 00:00:00.0 null 1");
      assertThat(rows(s, "select viewed_on from passport_viewing")).containsExactly("2026-11-02");

      assertThatThrownBy(() -> attempt(s, 15, "cara", "PY", "IN_PROGRESS"))
          .isInstanceOf(SQLException.class)
          .satisfies(
              e ->
                  assertThat(UniqueViolation.of(e, "assessment_attempt_one_in_progress")).isTrue());
      assertThatThrownBy(() -> share(s, 25, "cara", "northwind", "2026-11-03 10:00:00", null, null))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(UniqueViolation.of(e, "passport_share_one_current")).isTrue());
      // Finished rows never collide with each other.
      s.execute(
          "update passport_share set revoked_at = timestamp '2026-11-04 10:00:00',"
              + " current_marker = null where id = 21");
      share(s, 26, "cara", "northwind", "2026-11-05 10:00:00", null, null);
      assertThat(rows(s, "select count(*) from passport_share where current_marker = 1"))
          .containsExactly("2");
    }
  }

  private static void attempt(Statement s, long id, String candidate, String family, String status)
      throws SQLException {
    boolean submitted = status.equals("SUBMITTED");
    s.execute(
        "insert into assessment_attempt (id, candidate, family_code, content_version, started_at,"
            + " submitted_at, status, item_order, position, version) values ("
            + id
            + ", '"
            + candidate
            + "', '"
            + family
            + "', 1, timestamp '2026-11-01 10:00:00', "
            + (submitted ? "timestamp '2026-11-01 11:00:00'" : "null")
            + ", '"
            + status
            + "', '1,2', 1, 1)");
  }

  private static void share(
      Statement s,
      long id,
      String candidate,
      String organisation,
      String sharedAt,
      String expiresAt,
      String revokedAt)
      throws SQLException {
    s.execute(
        "insert into passport_share (id, candidate, organisation, shared_at, expires_at,"
            + " revoked_at, version) values ("
            + id
            + ", '"
            + candidate
            + "', '"
            + organisation
            + "', timestamp '"
            + sharedAt
            + "', "
            + (expiresAt == null ? "null" : "timestamp '" + expiresAt + "'")
            + ", "
            + (revokedAt == null ? "null" : "timestamp '" + revokedAt + "'")
            + ", 1)");
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }

  /** A new empty database: its URL and user. */
  private static String[] database(String kind) throws SQLException {
    String name = "m" + UUID.randomUUID().toString().replace("-", "");
    if (kind.equals("H2")) {
      return new String[] {"jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa"};
    }
    String admin = ThrowawayPostgres.jdbcUrl();
    try (Connection c = DriverManager.getConnection(admin, ThrowawayPostgres.user(), "")) {
      c.createStatement().execute("create database " + name);
    }
    return new String[] {
      admin.substring(0, admin.lastIndexOf('/') + 1) + name, ThrowawayPostgres.user()
    };
  }
}
