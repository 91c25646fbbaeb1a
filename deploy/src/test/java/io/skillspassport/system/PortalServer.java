package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged portal, {@code java -jar skills-passport.jar --nohazelcast} as {@code run.sh} starts
 * it, on its own port with an empty data folder and that port's {@code PASSPORT_BASE_URL}, signed
 * in through the test Keycloak.
 */
final class PortalServer implements AutoCloseable {

  /**
   * Three minutes on an idle machine is plenty (15–40 s are usual); {@code -Dportal.startTimeout}
   * (seconds) gives a machine shared with other builds more.
   */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("portal.startTimeout", 180));

  private final Process process;
  private final Path log;
  private final int port;

  private PortalServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Launches the portal without waiting for it; {@link #awaitReady()} waits. Starting it while
   * Keycloak boots saves most of a minute: the portal reads the issuer's metadata only when the
   * first sign-in begins.
   */
  static PortalServer launch(Path jar, Path targetDir, int port, String issuer) {
    return launch(jar, targetDir, port, issuer, "system");
  }

  /**
   * As {@link #launch(Path, Path, int, String)}, with its data in {@code targetDir/NAME-data} and
   * its log in {@code targetDir/NAME-portal.log}, so a test's own portal never shares them with the
   * shared environment's ({@code system}).
   */
  static PortalServer launch(Path jar, Path targetDir, int port, String issuer, String name) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build it first (mvn -DskipTests install, or mvn verify)");
    }
    Path dataDir = targetDir.resolve(name + "-data");
    deleteRecursively(dataDir);
    Path log = targetDir.resolve(name + "-portal.log");
    var builder =
        new ProcessBuilder(
            javaExecutable(),
            "-jar",
            jar.toString(),
            "--port",
            Integer.toString(port),
            "--nohazelcast");
    builder.directory(targetDir.toFile());
    var env = builder.environment();
    env.put("PASSPORT_DATA_DIR", dataDir.toString());
    env.put("OIDC_ISSUER", issuer);
    env.put("OIDC_CLIENT_ID", "skills-passport-portal");
    env.put("OIDC_CLIENT_SECRET", "dev-portal-secret");
    env.put("PASSPORT_BASE_URL", baseUri(port));
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      return new PortalServer(builder.start(), log, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the portal", e);
    }
  }

  /** Returns once {@code /} answers 200; fails with the end of the log after the start timeout. */
  PortalServer awaitReady() {
    // A long timeout: the first request renders the first Faces page while the CPU is still busy
    // with start-up; giving up on it early only leaves "Connection is closed" errors in the log.
    HttpRequest home =
        HttpRequest.newBuilder(baseUri()).timeout(Duration.ofSeconds(60)).GET().build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    int lastStatus = -1;
    while (System.nanoTime() < deadline) {
      // A new HTTP/1.1 client per attempt: the HTTP listener opens before the application is
      // deployed, and an HTTP/2 connection the client keeps from that moment went on failing
      // after the portal was ready (two runs on 2026-11-30 gave up after 180 s on "404").
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      try {
        lastStatus = client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (lastStatus == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the portal", e);
      }
      try {
        if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException(
              "the portal exited with " + process.exitValue() + "\n" + Logs.tail(log, 80));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the portal", e);
      }
    }
    throw new IllegalStateException(
        "the portal did not answer 200 on "
            + baseUri()
            + " within "
            + START_TIMEOUT.toSeconds()
            + " s (last status "
            + lastStatus
            + ")\n"
            + Logs.tail(log, 80));
  }

  URI baseUri() {
    return URI.create(baseUri(port) + "/");
  }

  /** The portal's public address on {@code port}, as {@code PASSPORT_BASE_URL} (no slash). */
  static String baseUri(int port) {
    return "http://localhost:" + port;
  }

  /** The process id of the portal's JVM. */
  long pid() {
    return process.pid();
  }

  /** Stops the portal and anything it started; kills it if it has not stopped after 30 s. */
  @Override
  public void close() {
    var children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
