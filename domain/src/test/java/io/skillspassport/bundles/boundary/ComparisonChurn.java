package io.skillspassport.bundles.boundary;

import io.skillspassport.bundles.control.SharedScores;
import io.skillspassport.bundles.control.SnapshotRankings;
import io.skillspassport.bundles.control.ViewingLog;
import io.skillspassport.scoring.ranking.RankingResult;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.WeightSet;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import io.skillspassport.testing.ThrowawayPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A benchmark, not a test: the employer comparison's first page under churn. Fills a migrated
 * database (H2 file or the throwaway PostgreSQL) with N candidates who share with one organisation
 * (six families, about 12% missing, like the demo data tool), then, while a background writer adds
 * one result of a random sharing candidate every second, asks for the first page again and again
 * for a fixed time from T threads and prints the latency percentiles.
 *
 * <p>One "first page" is what {@code Comparisons.rank} computes before Faces renders it, with the
 * boundary's own pieces: the snapshot ({@link SharedScores#of}, refreshed incrementally, read
 * through a connection pool as in the portal), the ranking by the bundle's criteria and τ against
 * the ranking by the role's published weights ({@link SnapshotRankings}, carried forward from the
 * snapshot before), and the 25 rows of page one ({@code Comparisons.row}). Not included: the HTTP
 * round trip, Faces rendering and the 25-row viewing log insert. Besides wall time it reports the
 * asking thread's CPU time ({@link ThreadMXBean}), split into the snapshot and the rest, for the
 * pages that got a changed snapshot: on a shared machine the wall time mostly measures waiting for
 * a core. Run (see the README, "Benchmarks"):
 *
 * <pre>
 * java -cp … io.skillspassport.bundles.control.ComparisonChurn h2|postgresql CANDIDATES SECONDS THREADS
 * </pre>
 */
public final class ComparisonChurn {

  static final List<String> FAMILIES =
      List.of(
          "COGNITIVE_REASONING",
          "AI_OUTPUT_EVALUATION",
          "DATA_ANALYSIS",
          "PYTHON_FUNDAMENTALS",
          "AI_COLLABORATION_LITERACY",
          "COMMUNICATION");

  static final String ORGANISATION = "bench-org";

  private static final AtomicLong IDS = new AtomicLong(1_000_000);

  private static final java.util.concurrent.atomic.AtomicBoolean WRITING =
      new java.util.concurrent.atomic.AtomicBoolean(true);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ComparisonChurn() {}

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "h2";
    int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    String url;
    String user;
    boolean reuse = false;
    if ("postgresql".equals(kind)) {
      String admin = ThrowawayPostgres.jdbcUrl();
      String name = "churn" + System.nanoTime();
      try (Connection c = DriverManager.getConnection(admin, ThrowawayPostgres.user(), "")) {
        c.createStatement().execute("create database " + name);
      }
      url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
      user = ThrowawayPostgres.user();
    } else {
      // -Dchurn.h2=DIR keeps the H2 database in DIR and fills it only the first time: the fill
      // takes minutes on a busy machine, the measurement does not depend on it.
      String kept = System.getProperty("churn.h2");
      Path dir = kept == null ? Files.createTempDirectory("churn") : Path.of(kept);
      reuse = kept != null && Files.exists(dir.resolve("passport.mv.db"));
      url = "jdbc:h2:file:" + dir.resolve("passport") + ";DB_CLOSE_ON_EXIT=FALSE";
      user = "sa";
    }
    DataSource source = dataSource(kind, url, user);
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    if (reuse) {
      System.out.println("reusing the filled database in " + System.getProperty("churn.h2"));
      try (Connection c = source.getConnection();
          var rs =
              c.createStatement()
                  .executeQuery(
                      "select max(id) from (select id from family_result"
                          + " union all select id from passport_share) ids")) {
        rs.next();
        IDS.set(Math.max(IDS.get(), rs.getLong(1)));
      }
    } else {
      long fill = System.nanoTime();
      fill(source, candidates);
      System.out.printf(Locale.ROOT, "filled %d candidates in %.1f s%n", candidates, seconds(fill));
    }
    System.out.println("load average before: " + loadAverage());

    // The portal reads through Payara's connection pool; a fresh physical connection per page
    // (PostgreSQL forks a backend for each) would measure connection set-up instead.
    SharedScores scores = new SharedScores(pooled(source), java.time.Clock.systemUTC());
    Page page = new Page(scores);
    long cold = System.nanoTime();
    page.first();
    System.out.printf(Locale.ROOT, "first page, cold (full read): %.0f ms%n", seconds(cold) * 1e3);
    for (int i = 0; i < 20; i++) {
      page.first();
    }

    // Stopped by a flag, not an interrupt: an interrupt closes H2's file channel mid-write.
    Thread writer = new Thread(() -> writeEverySecond(source, candidates), "writer");
    writer.setDaemon(true);
    writer.start();
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> askers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread asker =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  samples.add(page.first());
                }
              });
      askers.add(asker);
      asker.start();
    }
    for (Thread asker : askers) {
      asker.join();
    }
    WRITING.set(false);
    writer.join();
    List<Sample> all = List.copyOf(samples);
    System.out.printf(
        Locale.ROOT,
        "%s, %d candidates, %d s, %d thread(s), a result every second: %d pages;"
            + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        kind,
        candidates,
        seconds,
        threads,
        all.size(),
        percentile(all, Sample::wall, 50),
        percentile(all, Sample::wall, 95),
        percentile(all, Sample::wall, 99),
        percentile(all, Sample::wall, 100));
    List<Sample> changed = all.stream().filter(Sample::changed).toList();
    System.out.printf(
        Locale.ROOT,
        "pages that got a changed snapshot: %d; wall p50 %.1f ms, p95 %.1f ms; CPU time of the"
            + " asking thread p50 %.1f ms, p95 %.1f ms (snapshot refresh p50 %.1f ms, p95 %.1f ms;"
            + " rankings, tau and rows p50 %.1f ms, p95 %.1f ms)%n",
        changed.size(),
        percentile(changed, Sample::wall, 50),
        percentile(changed, Sample::wall, 95),
        percentile(changed, Sample::cpu, 50),
        percentile(changed, Sample::cpu, 95),
        percentile(changed, Sample::snapshotCpu, 50),
        percentile(changed, Sample::snapshotCpu, 95),
        percentile(changed, s -> s.cpu() - s.snapshotCpu(), 50),
        percentile(changed, s -> s.cpu() - s.snapshotCpu(), 95));
    System.out.printf(
        Locale.ROOT,
        "all pages: CPU time p50 %.1f ms, p95 %.1f ms%n",
        percentile(all, Sample::cpu, 50),
        percentile(all, Sample::cpu, 95));
    System.out.println("snapshot work: " + scores.work());
    csv(source, page);
    System.out.println("load average after: " + loadAverage());
    System.exit(0);
  }

  /**
   * The CSV export as {@code Comparisons.csv} does it: every candidate logged as viewed ({@link
   * ViewingLog}), then the rows streamed, here into a sink that only counts bytes; wall time and
   * this thread's CPU time of each part.
   */
  private static void csv(DataSource source, Page page) throws Exception {
    // The export of the page's current snapshot, as after a page view.
    page.first();
    // On PostgreSQL the log runs on one connection whose server process's CPU time is read from
    // /proc before and after: the database's own work, which this thread's CPU time leaves out.
    Connection logging = source.getConnection();
    long backend = -1;
    if (logging.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postg")) {
      try (var rs = logging.createStatement().executeQuery("select pg_backend_pid()")) {
        rs.next();
        backend = rs.getLong(1);
      }
    }
    DataSource one =
        (DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) ->
                    method.getName().equals("getConnection")
                        ? java.lang.reflect.Proxy.newProxyInstance(
                            Connection.class.getClassLoader(),
                            new Class<?>[] {Connection.class},
                            (c, m, a) -> m.getName().equals("close") ? null : m.invoke(logging, a))
                        : method.invoke(source, args));
    long backendBefore = processCpuMillis(backend);
    long start = System.nanoTime();
    long startCpu = THREADS.getCurrentThreadCpuTime();
    new ViewingLog(one)
        .record(
            page.byBundle.rankedIds(), ORGANISATION, "bench-employer", Instant.now(), "CSV export");
    long logged = System.nanoTime();
    long loggedCpu = THREADS.getCurrentThreadCpuTime();
    if (backend > 0) {
      System.out.printf(
          Locale.ROOT,
          "viewing log: CPU time of the PostgreSQL server process %.2f s%n",
          (processCpuMillis(backend) - backendBefore) / 1e3);
    }
    logging.close();
    long[] bytes = {0};
    java.io.OutputStream sink =
        new java.io.OutputStream() {
          @Override
          public void write(int b) {
            bytes[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes[0] += len;
          }
        };
    csvBody(page).writeTo(sink);
    long written = System.nanoTime();
    long writtenCpu = THREADS.getCurrentThreadCpuTime();
    System.out.printf(
        Locale.ROOT,
        "CSV export of %d rows: viewing log %.2f s wall (%.2f s CPU of this thread; the database's"
            + " own work is not in it), rows written %.2f s wall (%.2f s CPU), together %.2f s wall"
            + " (%.2f s CPU), %d bytes%n",
        page.byBundle.size(),
        (logged - start) / 1e9,
        (loggedCpu - startCpu) / 1e9,
        (written - logged) / 1e9,
        (writtenCpu - loggedCpu) / 1e9,
        (written - start) / 1e9,
        (writtenCpu - startCpu) / 1e9,
        bytes[0]);
    // The rows once more, now that the writing code is compiled: what a second export costs.
    long again = System.nanoTime();
    long againCpu = THREADS.getCurrentThreadCpuTime();
    csvBody(page).writeTo(sink);
    System.out.printf(
        Locale.ROOT,
        "CSV rows written again: %.2f s wall (%.2f s CPU)%n",
        seconds(again),
        (THREADS.getCurrentThreadCpuTime() - againCpu) / 1e9);
    // Memory: written again, with a full GC before and after every 4 MB written; the heap that
    // stays live mid-export minus the heap before shows what the export holds on to.
    long before = liveHeap();
    long[] probe = {0, 0, Long.MIN_VALUE};
    csvBody(page)
        .writeTo(
            new java.io.OutputStream() {
              @Override
              public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                probe[0] += len;
                if (probe[0] >= probe[1]) {
                  probe[1] += 4 << 20;
                  probe[2] = Math.max(probe[2], liveHeap() - before);
                }
              }
            });
    System.out.printf(
        Locale.ROOT,
        "CSV export memory: live heap before %.1f MB; most live heap added mid-export %.2f MB"
            + " (full GC every 4 MB of output)%n",
        before / 1e6,
        probe[2] / 1e6);
  }

  private static CsvExport.Body csvBody(Page page) {
    return Comparisons.csvBody(
        new Object[] {"bundle", "Bench", "version", 1, "role", "bench v1", "threshold", 640},
        page.byBundle,
        page.shared,
        page.bundle,
        Map.of());
  }

  /**
   * A data source that keeps the connections it opened and hands them out again, as a pool does:
   * {@code close()} returns the connection to the pool.
   */
  static DataSource pooled(DataSource physical) {
    java.util.concurrent.BlockingQueue<Connection> idle =
        new java.util.concurrent.LinkedBlockingQueue<>();
    return (DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection") || args != null) {
                return method.invoke(physical, args);
              }
              Connection kept = idle.poll();
              Connection connection = kept != null ? kept : physical.getConnection();
              connection.setAutoCommit(true);
              return java.lang.reflect.Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (c, m, a) -> {
                    if (m.getName().equals("close") && a == null) {
                      idle.add(connection);
                      return null;
                    }
                    try {
                      return m.invoke(connection, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }

  private static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** The computation of page one, with the boundary's per-snapshot ranking cache. */
  static final class Page {
    private final SharedScores scores;
    private final SnapshotRankings rankings = new SnapshotRankings(8);
    private final ReadinessCriteria bundle;
    private final ReadinessCriteria role;
    private SharedScores.Shared shared;
    private RankingResult byBundle;
    private double tau;

    Page(SharedScores scores) {
      this.scores = scores;
      Map<String, Double> bundleWeights = new LinkedHashMap<>();
      Map<String, Double> roleWeights = new LinkedHashMap<>();
      double[] w = {0.75, 0.6, 0.5, 0.65, 0.45, 0.55};
      for (int f = 0; f < FAMILIES.size(); f++) {
        roleWeights.put(FAMILIES.get(f), w[f]);
        bundleWeights.put(FAMILIES.get(f), f == 0 ? 0.9 : w[f]);
      }
      bundle = ReadinessCriteria.of(WeightSet.of(bundleWeights), 640, Map.of("COMMUNICATION", 450));
      role = ReadinessCriteria.of(WeightSet.of(roleWeights), 650);
    }

    synchronized Sample first() {
      long wall = System.nanoTime();
      long cpu = THREADS.getCurrentThreadCpuTime();
      SharedScores.Shared now = scores.of(ORGANISATION, FAMILIES, Instant.now());
      long snapshotCpu = THREADS.getCurrentThreadCpuTime() - cpu;
      boolean changed = now != shared;
      shared = now;
      byBundle = rankings.ranked(now, bundle);
      tau = rankings.agreement(now, bundle, role).coefficient();
      for (int rank = 1; rank <= Math.min(25, byBundle.size()); rank++) {
        Comparisons.row(byBundle.atRank(rank), now, bundle);
      }
      return new Sample(
          System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu, snapshotCpu, changed);
    }
  }

  /** One first page: wall and CPU time (ns), the snapshot's share of the CPU time. */
  record Sample(long wall, long cpu, long snapshotCpu, boolean changed) {}

  private static void fill(DataSource source, int candidates) throws SQLException {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement shares =
              c.prepareStatement(
                  "insert into passport_share (id, candidate, organisation, shared_at, version,"
                      + " changed_at) values (?, ?, ?, ?, 1, ?)");
          PreparedStatement results = resultInsert(c)) {
        Instant now = Instant.now();
        for (int i = 1; i <= candidates; i++) {
          String candidate = String.format(Locale.ROOT, "bench-%06d", i);
          Random random = new Random(42L * 1_000_003L + i);
          double general = random.nextGaussian();
          for (String family : FAMILIES) {
            if (random.nextDouble() >= 0.12) {
              double theta = 0.7 * general + Math.sqrt(1 - 0.49) * random.nextGaussian();
              addResult(
                  results,
                  candidate,
                  family,
                  theta,
                  0.30 + 0.15 * random.nextDouble(),
                  now.minus(Duration.ofHours(1 + random.nextInt(24 * 300))));
            }
          }
          shares.setLong(1, IDS.incrementAndGet());
          shares.setString(2, candidate);
          shares.setString(3, ORGANISATION);
          shares.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(random.nextInt(60)))));
          shares.setTimestamp(5, Timestamp.from(now));
          shares.addBatch();
          if (i % 2000 == 0) {
            results.executeBatch();
            shares.executeBatch();
            c.commit();
          }
        }
        results.executeBatch();
        shares.executeBatch();
        c.commit();
      }
    }
  }

  private static void writeEverySecond(DataSource source, int candidates) {
    // Seeded by the ids already used, so a reused database gets new scores, not the last run's.
    Random random = new Random(7 + IDS.get());
    while (WRITING.get()) {
      try (Connection c = source.getConnection();
          PreparedStatement insert = resultInsert(c)) {
        String candidate = String.format(Locale.ROOT, "bench-%06d", 1 + random.nextInt(candidates));
        addResult(
            insert,
            candidate,
            FAMILIES.get(random.nextInt(FAMILIES.size())),
            random.nextGaussian(),
            0.3,
            Instant.now());
        insert.executeBatch();
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      } catch (SQLException e) {
        System.err.println("writer: " + e.getMessage());
      }
    }
  }

  private static PreparedStatement resultInsert(Connection c) throws SQLException {
    return c.prepareStatement(
        "insert into family_result (id, candidate, family_code, theta, theta_se, scaled_score, sem,"
            + " band_low, band_high, provenance, measured_at, expires_at, source, version,"
            + " changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROCTORED', ?, ?, 'bench', 1, ?)");
  }

  private static void addResult(
      PreparedStatement insert,
      String candidate,
      String family,
      double theta,
      double se,
      Instant measured)
      throws SQLException {
    ScaledScore score = ReportingScale.standard().scale(theta, se);
    insert.setLong(1, IDS.incrementAndGet());
    insert.setString(2, candidate);
    insert.setString(3, family);
    insert.setDouble(4, theta);
    insert.setDouble(5, se);
    insert.setInt(6, score.reported());
    insert.setDouble(7, score.sem());
    insert.setInt(8, score.bandLower());
    insert.setInt(9, score.bandUpper());
    insert.setTimestamp(10, Timestamp.from(measured));
    insert.setTimestamp(11, Timestamp.from(measured.plus(Duration.ofDays(730))));
    insert.setTimestamp(12, Timestamp.from(Instant.now()));
    insert.addBatch();
  }

  private static DataSource dataSource(String kind, String url, String user) {
    if ("postgresql".equals(kind)) {
      var pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      return pg;
    }
    var h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(url);
    h2.setUser(user);
    return h2;
  }

  /** The p-th percentile (nearest rank) of a figure in ns, in ms; NaN for no samples. */
  private static double percentile(List<Sample> samples, ToLongFunction<Sample> figure, int p) {
    long[] sorted = samples.stream().mapToLong(figure).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** User plus system CPU time of a local process ({@code /proc/PID/stat}, 100 ticks a second). */
  private static long processCpuMillis(long pid) throws java.io.IOException {
    if (pid <= 0) {
      return 0;
    }
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return String.join(" ", Arrays.asList(fields).subList(0, 3)) + " (1, 5, 15 min)";
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
