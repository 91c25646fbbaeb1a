package io.skillspassport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the Debian packages, started once per test JVM in a fresh temporary
 * cluster and stopped (and deleted) when the JVM exits. As root the server runs as the {@code
 * postgres} user, which PostgreSQL insists on.
 *
 * <p>A test JVM killed with SIGKILL (a timed-out mutation-test minion, an aborted build) runs no
 * shutdown hook and leaves its server running, holding a port a later JVM may want. So each cluster
 * directory records the JVM that owns it ({@code owner.pid}), and every start first stops and
 * deletes the clusters whose owner is gone.
 */
public final class ThrowawayPostgres {

  private static final int PORT = 5433 + (int) (ProcessHandle.current().pid() % 400);
  private static final String OWNER = "owner.pid";
  private static ThrowawayPostgres running;

  private final Path dir;
  private final Path bin;

  private ThrowawayPostgres(Path bin, Path dir) {
    this.bin = bin;
    this.dir = dir;
  }

  /** The JDBC URL of the running server, starting it on first use. */
  public static synchronized String jdbcUrl() {
    if (running == null) {
      running = start();
    }
    return "jdbc:postgresql://localhost:" + PORT + "/postgres";
  }

  public static String user() {
    return "postgres";
  }

  private static ThrowawayPostgres start() {
    Path bin =
        binaries()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "PostgreSQL server binaries not found under /usr/lib/postgresql:"
                            + " install the Debian package 'postgresql'"));
    stopOrphans(bin);
    try {
      Path dir = Files.createTempDirectory("passport-pg-");
      Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
      var server = new ThrowawayPostgres(bin, dir);
      if (isRoot()) {
        run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
      }
      server.asServerUser(
          bin.resolve("initdb").toString(),
          "-D",
          dir.resolve("data").toString(),
          "--auth=trust",
          "-U",
          "postgres",
          "-E",
          "UTF8");
      server.asServerUser(
          bin.resolve("pg_ctl").toString(),
          "-D",
          dir.resolve("data").toString(),
          "-o",
          "-p " + PORT + " -k " + dir + " -c listen_addresses=localhost",
          "-l",
          dir.resolve("server.log").toString(),
          "-w",
          "start");
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start a throwaway PostgreSQL", e);
    }
  }

  /** Stops and deletes the throwaway clusters whose owning JVM no longer runs. */
  private static void stopOrphans(Path bin) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> dirs = Files.list(tmp)) {
      dirs.filter(d -> d.getFileName().toString().startsWith("passport-pg-"))
          .filter(d -> Files.isRegularFile(d.resolve(OWNER)))
          .filter(d -> !ownerAlive(d))
          .forEach(d -> new ThrowawayPostgres(bin, d).stop());
    } catch (IOException e) {
      System.err.println("Could not look for orphaned throwaway PostgreSQL servers: " + e);
    }
  }

  private static boolean ownerAlive(Path dir) {
    try {
      long pid = Long.parseLong(Files.readString(dir.resolve(OWNER)).strip());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return true; // unreadable: leave it alone
    }
  }

  private void stop() {
    try {
      asServerUser(
          bin.resolve("pg_ctl").toString(),
          "-D",
          dir.resolve("data").toString(),
          "-m",
          "fast",
          "-w",
          "stop");
    } catch (RuntimeException e) {
      // Not running (an orphan whose server died too): the directory goes all the same.
      System.err.println("Could not stop the throwaway PostgreSQL in " + dir + ": " + e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + dir + ": " + e);
    }
  }

  private void asServerUser(String... command) {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    run(full);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command, e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.naturalOrder());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
