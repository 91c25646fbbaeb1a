package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The development Keycloak with the {@code skills-passport} realm, run through {@code
 * deploy/bin/keycloak.sh} so the tests start it exactly as developers do. Its home is {@code
 * deploy/target/keycloak}: a clean build unpacks Keycloak afresh (the zip stays in the local Maven
 * repository). Its database is {@code deploy/target/system-keycloak-db}, emptied before every run,
 * so each run imports the realm as committed.
 */
final class KeycloakServer implements AutoCloseable {

  // keycloak.sh waits KEYCLOAK_START_TIMEOUT (default 180 s) for Keycloak; allow it that plus 120
  // s.
  private static final long SCRIPT_TIMEOUT_SECONDS =
      Math.max(
          300, Long.parseLong(System.getenv().getOrDefault("KEYCLOAK_START_TIMEOUT", "180")) + 120);

  private final Path script;
  private final Path home;
  private final Path log;
  private final Path scriptLog;
  private final Path database;
  private final int port;

  private KeycloakServer(Path repoRoot, Path targetDir, int port) {
    this.script = repoRoot.resolve("deploy/bin/keycloak.sh");
    this.home = targetDir.resolve("keycloak");
    this.log = targetDir.resolve("system-keycloak.log");
    this.scriptLog = targetDir.resolve("system-keycloak-script.log");
    this.database = targetDir.resolve("system-keycloak-db");
    this.port = port;
  }

  /** Starts Keycloak on {@code port} and returns once the realm's discovery document answers. */
  static KeycloakServer start(Path repoRoot, Path targetDir, int port) {
    var server = new KeycloakServer(repoRoot, targetDir, port);
    try {
      Files.deleteIfExists(server.scriptLog);
      deleteRecursively(server.database);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the files of an earlier Keycloak run", e);
    }
    // A Keycloak left over from a killed run would make start-background wait on the wrong port.
    // (RunLock guarantees that no other run is using this Keycloak home right now.)
    server.run("stop");
    int exit = server.run("start-background", server.log.toString());
    if (exit != 0) {
      server.close();
      throw new IllegalStateException(
          "keycloak.sh start-background exited with "
              + exit
              + "\n"
              + Logs.tail(server.scriptLog, 40)
              + "\n"
              + Logs.tail(server.log, 60));
    }
    return server;
  }

  URI baseUri() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** The realm's issuer, as the portal's {@code OIDC_ISSUER}. */
  String issuer() {
    return "http://localhost:" + port + "/realms/skills-passport";
  }

  @Override
  public void close() {
    run("stop");
  }

  private int run(String... args) {
    var command = new java.util.ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    builder.environment().put("KEYCLOAK_HOME_DIR", home.toString());
    builder.environment().put("KEYCLOAK_PORT", Integer.toString(port));
    // Keycloak's dev database (H2, one process at a time) lives outside its home, fresh every run:
    // the realm is imported anew, and a Keycloak left running by someone else's run cannot block
    // it.
    String javaOpts = builder.environment().getOrDefault("JAVA_OPTS_APPEND", "");
    builder
        .environment()
        .put("JAVA_OPTS_APPEND", (javaOpts + " -Dkc.db-url-path=" + database).trim());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(scriptLog.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Process process = builder.start();
      if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "keycloak.sh " + args[0] + " did not finish in " + SCRIPT_TIMEOUT_SECONDS + " s");
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running keycloak.sh " + args[0], e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
