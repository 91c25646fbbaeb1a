package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keycloak, the portal and Chromium for one whole test run. Started by the first system test that
 * needs it and kept in the root {@link ExtensionContext.Store}, which closes it when the run ends;
 * a JVM shutdown hook closes it too if the run is killed.
 */
// CloseableResource for every JUnit 5.x, AutoCloseable for 5.13+ where the former is deprecated;
// close() is idempotent, so being closed through both does no harm.
@SuppressWarnings("deprecation")
final class SystemEnvironment implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SystemEnvironment.class.getName());

  private final Portal portal;
  private final Browser browser;
  private final Path screenshotsDir;
  private final Deque<AutoCloseable> started;
  private final Thread shutdownHook;
  private boolean closed;

  private SystemEnvironment(
      Portal portal, Browser browser, Path screenshotsDir, Deque<AutoCloseable> started) {
    this.portal = portal;
    this.browser = browser;
    this.screenshotsDir = screenshotsDir;
    this.started = started;
    this.shutdownHook = new Thread(this::close, "system-test-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts everything, Keycloak and the portal side by side. Paths come from the system properties
   * the failsafe configuration sets ({@code repo.root}, {@code portal.jar}, {@code
   * screenshots.dir}); the defaults fit a run from the {@code deploy} folder in an IDE.
   */
  static SystemEnvironment start() {
    Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    Path targetDir = repoRoot.resolve("deploy/target");
    Path jar =
        Path.of(
                System.getProperty(
                    "portal.jar", targetDir.resolve("skills-passport.jar").toString()))
            .toAbsolutePath();
    Path screenshots =
        Path.of(System.getProperty("screenshots.dir", targetDir.resolve("screenshots").toString()))
            .toAbsolutePath();

    if (!Files.isRegularFile(jar)) {
      // Checked before Keycloak starts, so a missing build fails in a second, not in half a minute.
      throw new IllegalStateException(
          jar + " is missing: build it first (mvn -DskipTests install, or mvn verify)");
    }
    Deque<AutoCloseable> started = new ArrayDeque<>();
    started.push(RunLock.acquire(targetDir));
    long began = System.nanoTime();
    try {
      deleteScreenshotsOfEarlierRuns(screenshots);
      int keycloakPort = Ports.free();
      int portalPort = Ports.free();
      var keycloak =
          CompletableFuture.supplyAsync(
              () ->
                  KeycloakServer.start(
                      repoRoot, targetDir, keycloakPort, PortalServer.baseUri(portalPort)));
      // Registered before it is known to be up: a half-started Keycloak must be stopped as well.
      started.push(() -> stop(keycloak.handle((kc, failure) -> kc).join()));
      String issuer = "http://localhost:" + keycloakPort + "/realms/skills-passport";
      var portalServer = PortalServer.launch(jar, targetDir, portalPort, issuer);
      started.push(portalServer);
      var browser = Browser.launch(targetDir);
      started.push(browser);

      portalServer.awaitReady();
      KeycloakServer keycloakServer = join(keycloak);
      var portal = new Portal(portalServer.baseUri(), keycloakServer.baseUri());
      LOG.info(
          () ->
              "system under test ready after "
                  + Duration.ofNanos(System.nanoTime() - began).toSeconds()
                  + " s: portal "
                  + portal.baseUri()
                  + ", Keycloak "
                  + portal.keycloakUri());
      return new SystemEnvironment(portal, browser, screenshots, started);
    } catch (RuntimeException | Error e) {
      closeAll(started);
      throw e;
    }
  }

  Portal portal() {
    return portal;
  }

  Browser browser() {
    return browser;
  }

  Path screenshotsDir() {
    return screenshotsDir;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running or about to: fine, close() is idempotent
      }
    }
    closeAll(started);
  }

  private static void closeAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        LOG.warning(() -> "could not stop a test server: " + e);
      }
    }
  }

  private static void deleteScreenshotsOfEarlierRuns(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }

  private static void stop(KeycloakServer keycloak) {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
