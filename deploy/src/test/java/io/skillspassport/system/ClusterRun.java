package io.skillspassport.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/bin/cluster.sh} run by a test: free ports for nginx, the instances, their grid,
 * PostgreSQL and Keycloak; the run folder {@code deploy/target/cluster-run}; Keycloak's home the
 * one {@link KeycloakServer} uses, with a fresh database. {@link #close()} sends the script TERM,
 * which stops everything it started.
 */
final class ClusterRun implements AutoCloseable {

  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(
          Long.getLong("portal.startTimeout", 180) + Long.getLong("keycloak.startTimeout", 180));
  private static final Pattern UPSTREAM =
      Pattern.compile("upstream=(?:[^ ]*, )?127\\.0\\.0\\.1:(\\d+)");

  private final Process script;
  private final Path runDir;
  private final Path output;
  private final Map<String, String> env;
  private final AutoCloseable runLock;

  private ClusterRun(
      Process script, Path runDir, Path output, Map<String, String> env, AutoCloseable runLock) {
    this.script = script;
    this.runDir = runDir;
    this.output = output;
    this.env = env;
    this.runLock = runLock;
  }

  /** Starts the cluster and returns once the script prints READY; fails with its output. */
  static ClusterRun start(Path repoRoot, Path targetDir) {
    AutoCloseable lock = RunLock.acquire(targetDir);
    Path runDir = targetDir.resolve("cluster-run");
    Path output = targetDir.resolve("cluster-script.log");
    int gridPort = freePair();
    var builder = new ProcessBuilder("bash", repoRoot.resolve("deploy/bin/cluster.sh").toString());
    Map<String, String> environment = builder.environment();
    environment.put("SKIP_BUILD", "1");
    environment.put("PASSPORT_DEMO_DATA", "true");
    environment.put("CLUSTER_PORT", Integer.toString(Ports.free()));
    environment.put("PORTAL_PORTS", Ports.free() + " " + Ports.free());
    environment.put("GRID_PORT", Integer.toString(gridPort));
    environment.put("CLUSTER_NAME", "skills-passport-test");
    environment.put("PG_PORT", Integer.toString(Ports.free()));
    environment.put("KEYCLOAK_PORT", Integer.toString(Ports.free()));
    environment.put("KEYCLOAK_HOME_DIR", targetDir.resolve("keycloak").toString());
    environment.put(
        "KEYCLOAK_START_TIMEOUT", Long.toString(Long.getLong("keycloak.startTimeout", 180)));
    environment.put(
        "PORTAL_START_TIMEOUT", Long.toString(Long.getLong("portal.startTimeout", 180)));
    environment.put("CLUSTER_RUN_DIR", runDir.toString());
    environment.put(
        "JAVA_OPTS_APPEND", "-Dkc.db-url-path=" + targetDir.resolve("cluster-keycloak-db"));
    environment.remove("OIDC_ISSUER");
    deleteRecursively(targetDir.resolve("cluster-keycloak-db"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(output.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      closeQuietly(lock);
      throw new UncheckedIOException("cannot run cluster.sh", e);
    }
    var run = new ClusterRun(process, runDir, output, Map.copyOf(environment), lock);
    try {
      run.awaitReady();
      return run;
    } catch (RuntimeException e) {
      run.close();
      throw e;
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Logs.tail(output, 400).contains("[cluster] READY")) {
        return;
      }
      try {
        if (script.waitFor(1, TimeUnit.SECONDS)) {
          throw new IllegalStateException(
              "cluster.sh exited with " + script.exitValue() + "\n" + Logs.tail(output, 60));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the cluster", e);
      }
    }
    throw new IllegalStateException(
        "cluster.sh not ready within "
            + START_TIMEOUT.toSeconds()
            + " s\n"
            + Logs.tail(output, 60));
  }

  /** The portal as users reach it: through nginx. */
  Portal portal() {
    return new Portal(
        URI.create("http://localhost:" + env.get("CLUSTER_PORT") + "/"),
        URI.create("http://localhost:" + env.get("KEYCLOAK_PORT") + "/"));
  }

  /** Instance {@code n} (1 or 2) directly, without nginx, e.g. {@code http://localhost:41234}. */
  String instanceUri(int n) {
    return "http://localhost:" + portalPort(n);
  }

  int portalPort(int n) {
    return Integer.parseInt(env.get("PORTAL_PORTS").split(" ")[n - 1]);
  }

  int gridPort(int n) {
    return Integer.parseInt(env.get("GRID_PORT")) + n - 1;
  }

  String clusterName() {
    return env.get("CLUSTER_NAME");
  }

  /** The process id of instance {@code n}'s JVM, from the script's pid file. */
  long pid(int n) {
    return Long.parseLong(read(runDir.resolve("portal-" + n + ".pid")).trim());
  }

  /** Kills instance {@code n} with SIGKILL and waits until it is gone. */
  void kill(int n) {
    long pid = pid(n);
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
  }

  /**
   * The port of the instance that answered the last request nginx logged for {@code path} (the last
   * one tried, when nginx passed the request on).
   */
  int lastUpstreamPort(String path) {
    List<String> lines =
        read(runDir.resolve("nginx/access.log"))
            .lines()
            .filter(l -> l.contains("\"GET " + path + " "))
            .toList();
    if (lines.isEmpty()) {
      throw new AssertionError("nginx logged no GET " + path);
    }
    String last = lines.get(lines.size() - 1);
    Matcher upstream = UPSTREAM.matcher(last);
    if (!upstream.find()) {
      throw new AssertionError("no upstream in " + last);
    }
    // "upstream=127.0.0.1:A, 127.0.0.1:B": the pattern skips the refused A and takes B.
    return Integer.parseInt(upstream.group(1));
  }

  /** The server log of instance {@code n} (what Payara wrote, including a killed instance's). */
  String instanceLog(int n) {
    return read(runDir.resolve("portal-" + n + ".log"));
  }

  @Override
  public void close() {
    script.destroy(); // TERM: the script stops what it started
    try {
      if (!script.waitFor(90, TimeUnit.SECONDS)) {
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(runLock);
    }
  }

  /** A free port whose successor looked free too (the grid's second member takes it). */
  private static int freePair() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = Ports.free();
      if (port < 65535 && isFree(port + 1)) {
        return port;
      }
    }
    throw new IllegalStateException("no two consecutive free ports");
  }

  private static boolean isFree(int port) {
    try (var socket = new java.net.ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // the run is over either way
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
