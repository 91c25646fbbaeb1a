package io.skillspassport.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo data tool counts every date it writes back from the clock it is given, so a fixed {@code
 * --now} writes the same dates whenever it runs. Runs the tool on a fresh in-memory H2 at
 * 2020-02-29T12:00Z — years before any run of this test, so dates read from the system clock would
 * show. The expected offsets are the tool's demo passport (40, 75, 6, 12, 20 and 3 days before now,
 * valid 730 days) and its generator's ranges (measured 1 to 7200 hours before now, shared 0 to 59
 * days before now).
 */
class DemoDataTest {

  private static final Instant NOW = Instant.parse("2020-02-29T12:00:00Z");

  @Test
  void everyDateItWritesIsCountedBackFromTheClockItIsGiven() throws Exception {
    String url =
        "jdbc:h2:mem:demo" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    DemoData.Options options =
        DemoData.Options.parse(
            new String[] {"--db-url", url, "--user", "sa", "--candidates", "5", "--seed", "7"});

    assertThat(DemoData.run(options, Clock.fixed(NOW, ZoneOffset.UTC))).isZero();

    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      Map<String, Instant> measured = new LinkedHashMap<>();
      for (Instant[] row :
          dates(
              c,
              "select family_code, measured_at, expires_at from family_result"
                  + " where candidate = 'cara.candidate' order by family_code",
              measured)) {
        assertThat(Duration.between(row[0], row[1])).isEqualTo(Duration.ofDays(730));
      }
      assertThat(measured)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "COGNITIVE_REASONING", NOW.minus(Duration.ofDays(40)),
                  "DATA_ANALYSIS", NOW.minus(Duration.ofDays(75)),
                  "AI_OUTPUT_EVALUATION", NOW.minus(Duration.ofDays(6)),
                  "AI_COLLABORATION_LITERACY", NOW.minus(Duration.ofDays(12)),
                  "PYTHON_FUNDAMENTALS", NOW.minus(Duration.ofDays(20)),
                  "COMMUNICATION", NOW.minus(Duration.ofDays(3))));

      // Written as local date-times and read back the same way: a local clock change could move a
      // generated time by an hour, hence the hour of slack at either end.
      List<Instant[]> generated =
          dates(
              c,
              "select candidate, measured_at, expires_at from family_result"
                  + " where candidate like 'demo-%'",
              new LinkedHashMap<>());
      assertThat(generated).isNotEmpty();
      for (Instant[] row : generated) {
        assertThat(row[0]).isBetween(NOW.minus(Duration.ofHours(7201)), NOW);
        assertThat(Duration.between(row[0], row[1]))
            .isBetween(Duration.ofDays(730).minusHours(1), Duration.ofDays(730).plusHours(1));
      }
      try (PreparedStatement q =
              c.prepareStatement(
                  "select shared_at from passport_share where candidate like 'demo-%'");
          ResultSet rs = q.executeQuery()) {
        int shares = 0;
        while (rs.next()) {
          assertThat(rs.getTimestamp(1).toInstant())
              .isBetween(
                  NOW.minus(Duration.ofDays(59)).minus(Duration.ofHours(1)),
                  NOW.plus(Duration.ofHours(1)));
          shares++;
        }
        assertThat(shares).isEqualTo(5);
      }
    }
  }

  @Test
  void nowIsAnOptionAndAnythingButAnInstantIsRefused() {
    assertThat(
            DemoData.Options.parse(new String[] {"--db-url", "x", "--now", "2020-02-29T12:00:00Z"})
                .now())
        .contains(NOW);
    assertThat(DemoData.Options.parse(new String[] {"--db-url", "x"}).now()).isEmpty();
    assertThatThrownBy(
            () -> DemoData.Options.parse(new String[] {"--db-url", "x", "--now", "yesterday"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--now needs an instant such as 2026-11-30T09:00:00Z, was yesterday");
  }

  /**
   * Rows of (key, first instant, second instant); the first instants by key go into {@code first}.
   */
  private static List<Instant[]> dates(Connection c, String sql, Map<String, Instant> first)
      throws Exception {
    List<Instant[]> rows = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        Instant a = rs.getTimestamp(2).toInstant();
        Instant b = rs.getTimestamp(3).toInstant();
        first.put(rs.getString(1), a);
        rows.add(new Instant[] {a, b});
      }
    }
    return rows;
  }
}
