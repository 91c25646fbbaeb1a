package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A production portal configured with the development realm's client secret refuses to start (issue
 * 14, item 2): the packaged jar, started with {@code PASSPORT_STAGE=production} and no {@code
 * OIDC_CLIENT_SECRET}, exits with status 3 and says why. Needs no Keycloak: the check runs before
 * any sign-in.
 */
class StartupRefusalIT {

  @Test
  void productionWithTheDevelopmentSecretExitsAndSaysWhy() throws Exception {
    Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    Path target = repoRoot.resolve("deploy/target");
    Path jar =
        Path.of(System.getProperty("portal.jar", target.resolve("skills-passport.jar").toString()));
    Path log = target.resolve("system-refused-portal.log");
    Path data = Files.createTempDirectory(target, "refused-data");
    int port = Ports.free();
    var builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "--port",
            Integer.toString(port),
            "--nohazelcast");
    builder.environment().put("PASSPORT_STAGE", "production");
    builder.environment().put("PASSPORT_BASE_URL", "http://localhost:" + port);
    builder.environment().put("PASSPORT_DATA_DIR", data.toString());
    builder.environment().remove("OIDC_CLIENT_SECRET");
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process portal = builder.start();
    try {
      boolean exited = portal.waitFor(Long.getLong("portal.startTimeout", 180), TimeUnit.SECONDS);

      assertThat(exited).as("the portal exited\n" + Logs.tail(log, 40)).isTrue();
      assertThat(portal.exitValue()).isEqualTo(3);
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(output)
          .contains("refuses to start in production (PASSPORT_STAGE=production)")
          .contains("OIDC_CLIENT_SECRET is the development realm's secret")
          .contains("PASSPORT_BASE_URL http://localhost:" + port + " is plain http");
    } finally {
      portal.destroyForcibly();
      portal.waitFor(30, TimeUnit.SECONDS);
      deleteRecursively(data);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
