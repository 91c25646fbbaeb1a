package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A portal that cannot start says so and exits non-zero (issue 13, item 7), started the way {@code
 * run.sh} and {@code cluster.sh} start it: through {@code deploy/bin/portal.sh}. Payara Micro alone
 * exits with status 0 when its HTTP port is taken, and stays up without the application when the
 * deployment fails; neither needs Keycloak to show.
 */
class FailedStartIT {

  private static final long TIMEOUT_SECONDS = Long.getLong("portal.startTimeout", 180) + 60;

  @Test
  void aTakenHttpPortEndsTheStartWithTheReason() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
      Result result = start("taken-port", taken.getLocalPort(), Map.of());

      assertThat(result.status()).as(result.output()).isNotZero();
      assertThat(result.output())
          .contains("FAILED: the instance stopped before it served")
          .contains("Address already in use");
    }
  }

  @Test
  void anUnreachableDatabaseEndsTheStartWithExitStatus4AndTheReason() throws Exception {
    int nobodyListens = Ports.free();
    String url = "jdbc:postgresql://127.0.0.1:" + nobodyListens + "/postgres";

    Result result = start("no-database", Ports.free(), Map.of("PASSPORT_DB_URL", url));

    // EclipseLink opens the first connection while Payara deploys the portal, before the portal's
    // own code runs: Payara logs the failure, says "ready" and serves 404 — portal.sh ends it.
    assertThat(result.status()).as(result.output()).isEqualTo(4);
    assertThat(result.output())
        .contains("FAILED: Payara Micro is up but the portal did not deploy")
        .contains("Connection to 127.0.0.1:" + nobodyListens + " refused");
  }

  private record Result(int status, String output) {}

  private static Result start(String name, int port, Map<String, String> env) throws Exception {
    Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    Path target = repoRoot.resolve("deploy/target");
    Path jar =
        Path.of(System.getProperty("portal.jar", target.resolve("skills-passport.jar").toString()));
    Path output = target.resolve("failed-start-" + name + ".log");
    Path data = Files.createTempDirectory(target, "failed-start-data");
    var builder =
        new ProcessBuilder(
            List.of(
                "bash",
                repoRoot.resolve("deploy/bin/portal.sh").toString(),
                "--port",
                Integer.toString(port),
                "--nohazelcast"));
    builder.environment().put("PORTAL_JAR", jar.toString());
    builder.environment().put("PORTAL_START_TIMEOUT", Long.toString(TIMEOUT_SECONDS - 30));
    builder.environment().put("PASSPORT_DATA_DIR", data.toString());
    builder.environment().put("PASSPORT_BASE_URL", "http://localhost:" + port);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(output.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process portal = builder.start();
    try {
      boolean exited = portal.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(exited).as("portal.sh exited\n" + Logs.tail(output, 40)).isTrue();
      return new Result(portal.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      portal.descendants().forEach(ProcessHandle::destroyForcibly);
      portal.destroyForcibly();
      portal.waitFor(30, TimeUnit.SECONDS);
      deleteRecursively(data);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
