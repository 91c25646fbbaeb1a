package io.skillspassport.demo;

import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Fills a Skills Passport database with demo data, idempotently.
 *
 * <pre>
 * java -jar deploy/target/skills-passport-demo.jar --db-url URL [--user U] [--password P]
 *     [--candidates N] [--organisation northwind-labs] [--seed 42] [--recovery FAMILY]
 *     [--now 2026-11-30T09:00:00Z]
 * </pre>
 *
 * <p>Runs the portal's Flyway migrations, then makes sure the two demo organisations exist
 * (Northwind Labs, Helix Research) and that the demo candidate {@code cara.candidate} has a
 * complete passport (all six families). With {@code --candidates N} it also generates synthetic
 * candidates {@code demo-000001}… that share their passport with the organisation: per family θ ~
 * N(0, 1) with a shared factor (loading 0.7, so families correlate at about 0.49, as cognitive
 * tests do), SE(θ) uniform on 0.30–0.45 (SEM 22–34 on the reporting scale), each family missing
 * with probability 0.12, scored on the scoring module's {@link ReportingScale}. Candidates that
 * already exist are skipped, so running it again adds nothing. Rows go in with JDBC batches.
 *
 * <p>With {@code --recovery FAMILY} it adds nothing: it runs the calibration screen's recovery
 * check on the family's active bank instead ({@link CalibrationRecovery}: N = {@code --candidates},
 * default 2400, simulated candidates answering through the adaptive test with {@code --seed}) and
 * prints the estimates, the generating parameters and the RMSEs.
 *
 * <p>Every date it writes (when a result was measured, when it expires, when a passport was shared)
 * is counted back from "now": the system clock's UTC time, or the instant {@code --now} gives, so
 * that the same seed and {@code --now} write the same database. The rows' change stamps ({@code
 * changed_at}) are left to the database's default, the time of the write: a running portal's
 * comparison snapshots read what changed since they were taken, whatever {@code --now} says.
 *
 * <p>Ids are drawn from the shared {@code sp_seq} the way EclipseLink draws them: each {@code
 * nextval} reserves the 50 ids ending at the returned value.
 */
public final class DemoData {

  static final List<String> FAMILIES =
      List.of(
          "COGNITIVE_REASONING",
          "AI_OUTPUT_EVALUATION",
          "DATA_ANALYSIS",
          "PYTHON_FUNDAMENTALS",
          "AI_COLLABORATION_LITERACY",
          "COMMUNICATION");

  private static final int BLOCK = 50;
  private static final int BATCH = 2000;
  private static final double LOADING = 0.7;
  private static final double MISSING = 0.12;

  private final Connection connection;
  private final String nextValue;
  private long nextId;
  private long lastId = -1;

  private DemoData(Connection connection) throws SQLException {
    this.connection = connection;
    this.nextValue =
        connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres")
            ? "select nextval('sp_seq')"
            : "values next value for sp_seq";
  }

  public static void main(String[] args) {
    try {
      Options options = Options.parse(args);
      Clock clock =
          options.now().isPresent()
              ? Clock.fixed(options.now().get(), ZoneOffset.UTC)
              : Clock.systemUTC();
      System.exit(run(options, clock));
    } catch (IllegalArgumentException usage) {
      System.err.println("demo data: " + usage.getMessage());
      System.err.println(
          "usage: java -jar skills-passport-demo.jar --db-url URL [--user U] [--password P]"
              + " [--candidates N] [--organisation SLUG] [--seed N] [--recovery FAMILY]"
              + " [--now INSTANT]");
      System.exit(2);
    } catch (SQLException e) {
      System.err.println("demo data: database error: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Migrates the database and adds what is missing.
   *
   * @param clock "now", which every date written is counted back from
   * @return the exit code
   */
  static int run(Options options, Clock clock) throws SQLException {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var migrated =
        Flyway.configure(DemoData.class.getClassLoader())
            .dataSource(options.url(), options.user(), options.password())
            .locations("classpath:db/migration")
            .load()
            .migrate();
    log("schema migrated (" + migrated.migrationsExecuted + " migrations applied now)");
    try (Connection c =
        DriverManager.getConnection(options.url(), options.user(), options.password())) {
      c.setAutoCommit(false);
      if (options.recovery().isPresent()) {
        int n = options.candidates() == 0 ? 2400 : options.candidates();
        CalibrationRecovery.run(c, options.recovery().get(), n, options.seed(), System.out);
        c.rollback();
        return 0;
      }
      DemoData demo = new DemoData(c);
      demo.organisation("northwind-labs", "Northwind Labs", "Applied ML research and analytics.");
      demo.organisation(
          "helix-research", "Helix Research", "A research lab for computational biology.");
      demo.demoCandidate(now);
      c.commit();
      if (options.candidates() > 0) {
        long started = System.nanoTime();
        int added =
            demo.candidates(options.candidates(), options.organisation(), options.seed(), now);
        c.commit();
        log(
            String.format(
                Locale.ROOT,
                "%d synthetic candidates added (%d already there), sharing with %s, in %.1f s",
                added,
                options.candidates() - added,
                options.organisation(),
                (System.nanoTime() - started) / 1e9));
      }
    }
    return 0;
  }

  private void organisation(String slug, String name, String description) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement("select count(*) from employer_organisation where slug = ?")) {
      q.setString(1, slug);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into employer_organisation (id, slug, name, description, version)"
                + " values (?, ?, ?, ?, 1)")) {
      insert.setLong(1, id());
      insert.setString(2, slug);
      insert.setString(3, name);
      insert.setString(4, description);
      insert.executeUpdate();
    }
    log("organisation " + slug + " added");
  }

  /**
   * Cara's passport: all six families measured (a proctored, an imported and four self-service
   * results), so that readiness and the gap analysis show at first run; a family she already has a
   * result in is left as it is (an older demo database gets the missing families added).
   */
  private void demoCandidate(Instant now) throws SQLException {
    String cara = "cara.candidate";
    Set<String> measured = new HashSet<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "select distinct family_code from family_result where candidate = ?")) {
      q.setString(1, cara);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          measured.add(rs.getString(1));
        }
      }
    }
    List<DemoResult> passport =
        List.of(
            new DemoResult(
                "COGNITIVE_REASONING",
                0.62,
                0.31,
                "PROCTORED",
                now.minus(Duration.ofDays(40)),
                "Proctored session, Cognitive Reasoning bank v1 (demo data)"),
            new DemoResult(
                "DATA_ANALYSIS",
                0.35,
                0.38,
                "IMPORTED",
                now.minus(Duration.ofDays(75)),
                "Imported from a partner assessment provider (demo data)"),
            new DemoResult(
                "AI_OUTPUT_EVALUATION",
                0.18,
                0.44,
                "SAMPLE",
                now.minus(Duration.ofDays(6)),
                "AI Output Evaluation sample bank v1 (demo data)"),
            new DemoResult(
                "AI_COLLABORATION_LITERACY",
                0.41,
                0.36,
                "SAMPLE",
                now.minus(Duration.ofDays(12)),
                "AI-Collaboration Literacy adaptive assessment (demo data)"),
            new DemoResult(
                "PYTHON_FUNDAMENTALS",
                0.05,
                0.40,
                "SAMPLE",
                now.minus(Duration.ofDays(20)),
                "Python Fundamentals adaptive assessment (demo data)"),
            new DemoResult(
                "COMMUNICATION",
                0.55,
                0.42,
                "SAMPLE",
                now.minus(Duration.ofDays(3)),
                "Communication adaptive assessment (demo data)"));
    int added = 0;
    try (PreparedStatement insert = resultInsert()) {
      for (DemoResult r : passport) {
        if (!measured.contains(r.family())) {
          addResult(
              insert,
              cara,
              r.family(),
              r.theta(),
              r.se(),
              r.provenance(),
              r.measured(),
              r.source());
          added++;
        }
      }
      insert.executeBatch();
    }
    if (added > 0) {
      log("passport of " + cara + ": " + added + " families added");
    }
  }

  /** One of the demo candidate's results (invented for the demo; never measured). */
  private record DemoResult(
      String family, double theta, double se, String provenance, Instant measured, String source) {}

  private int candidates(int count, String organisation, long seed, Instant now)
      throws SQLException {
    Set<String> existing = new HashSet<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "select distinct candidate from passport_share where organisation = ?"
                + " and candidate like 'demo-%'")) {
      q.setString(1, organisation);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          existing.add(rs.getString(1));
        }
      }
    }
    int added = 0;
    try (PreparedStatement results = resultInsert();
        PreparedStatement shares =
            connection.prepareStatement(
                "insert into passport_share"
                    + " (id, candidate, organisation, shared_at, expires_at, revoked_at, version)"
                    + " values (?, ?, ?, ?, null, null, 1)")) {
      int pending = 0;
      for (int i = 1; i <= count; i++) {
        String candidate = String.format(Locale.ROOT, "demo-%06d", i);
        if (existing.contains(candidate)) {
          continue;
        }
        // One generator per candidate: the same seed gives the same candidate whatever else exists.
        Random random = new Random(seed * 1_000_003L + i);
        double general = random.nextGaussian();
        for (String family : FAMILIES) {
          double theta =
              LOADING * general + Math.sqrt(1 - LOADING * LOADING) * random.nextGaussian();
          double se = 0.30 + 0.15 * random.nextDouble();
          boolean missing = random.nextDouble() < MISSING;
          Instant measured = now.minus(Duration.ofHours(1 + random.nextInt(24 * 300)));
          String provenance = random.nextDouble() < 0.7 ? "PROCTORED" : "IMPORTED";
          if (!missing) {
            addResult(
                results,
                candidate,
                family,
                theta,
                se,
                provenance,
                measured,
                "Demo generator, seed " + seed);
            pending++;
          }
        }
        shares.setLong(1, id());
        shares.setString(2, candidate);
        shares.setString(3, organisation);
        shares.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(random.nextInt(60)))));
        shares.addBatch();
        added++;
        if (pending >= BATCH) {
          results.executeBatch();
          shares.executeBatch();
          connection.commit();
          pending = 0;
        }
        if (added % 20_000 == 0) {
          log(added + " candidates…");
        }
      }
      results.executeBatch();
      shares.executeBatch();
    }
    return added;
  }

  private PreparedStatement resultInsert() throws SQLException {
    return connection.prepareStatement(
        "insert into family_result (id, candidate, family_code, theta, theta_se, scaled_score, sem,"
            + " band_low, band_high, provenance, measured_at, expires_at, source, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
  }

  private void addResult(
      PreparedStatement insert,
      String candidate,
      String family,
      double theta,
      double se,
      String provenance,
      Instant measured,
      String source)
      throws SQLException {
    ScaledScore score = ReportingScale.standard().scale(theta, se);
    insert.setLong(1, id());
    insert.setString(2, candidate);
    insert.setString(3, family);
    insert.setDouble(4, theta);
    insert.setDouble(5, se);
    insert.setInt(6, score.reported());
    insert.setDouble(7, score.sem());
    insert.setInt(8, score.bandLower());
    insert.setInt(9, score.bandUpper());
    insert.setString(10, provenance);
    insert.setTimestamp(11, Timestamp.from(measured));
    insert.setTimestamp(12, Timestamp.from(measured.plus(Duration.ofDays(730))));
    insert.setString(13, source);
    insert.addBatch();
  }

  private long id() throws SQLException {
    if (nextId > lastId) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(nextValue)) {
        rs.next();
        lastId = rs.getLong(1);
      }
      nextId = lastId - BLOCK + 1;
    }
    return nextId++;
  }

  private static void log(String message) {
    System.out.println("[demo] " + message);
  }

  /** The command line. */
  record Options(
      String url,
      String user,
      String password,
      int candidates,
      String organisation,
      long seed,
      Optional<String> recovery,
      Optional<Instant> now) {

    static Options parse(String[] args) {
      String url = null;
      String user = env("PASSPORT_DB_USER", "passport");
      String password = env("PASSPORT_DB_PASSWORD", "");
      int candidates = 0;
      String organisation = "northwind-labs";
      long seed = 42;
      String recovery = null;
      Instant now = null;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--db-url" -> url = value;
          case "--user" -> user = value;
          case "--password" -> password = value;
          case "--organisation" -> organisation = value;
          case "--candidates" -> candidates = integer(name, value);
          case "--seed" -> seed = integer(name, value);
          case "--recovery" -> recovery = value;
          case "--now" -> now = instant(name, value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (url == null) {
        throw new IllegalArgumentException("--db-url is required");
      }
      if (candidates < 0 || candidates > 9_999_999) {
        throw new IllegalArgumentException(
            "--candidates must lie in 0..9999999, was " + candidates);
      }
      return new Options(
          url,
          user,
          password,
          candidates,
          organisation,
          seed,
          Optional.ofNullable(recovery),
          Optional.ofNullable(now));
    }

    private static int integer(String name, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number, was " + value);
      }
    }

    private static Instant instant(String name, String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            name + " needs an instant such as 2026-11-30T09:00:00Z, was " + value);
      }
    }

    private static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}
