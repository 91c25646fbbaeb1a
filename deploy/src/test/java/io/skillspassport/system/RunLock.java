package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One system-test run at a time per {@code deploy/target}. Runs share that folder: the uber jar,
 * the data folder, the logs, and above all Keycloak's home with its pid file and H2 database, which
 * a second Keycloak cannot open. A second run (another developer's {@code mvn verify}, an IDE run)
 * waits here for the first to finish instead of breaking it.
 */
final class RunLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RunLock.class.getName());
  private static final Duration MAX_WAIT = Duration.ofMinutes(20);

  private final FileChannel channel;
  private final FileLock lock;
  private final Path owner;

  private RunLock(FileChannel channel, FileLock lock, Path owner) {
    this.channel = channel;
    this.lock = lock;
    this.owner = owner;
  }

  /** Takes the lock, waiting up to 20 minutes for a run that holds it. */
  static RunLock acquire(Path targetDir) {
    Path lockFile = targetDir.resolve("system-tests.lock");
    Path owner = targetDir.resolve("system-tests.owner");
    try {
      Files.createDirectories(targetDir);
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long deadline = System.nanoTime() + MAX_WAIT.toNanos();
      boolean told = false;
      while (true) {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          Files.writeString(
              owner,
              "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n",
              StandardCharsets.UTF_8);
          return new RunLock(channel, lock, owner);
        }
        if (System.nanoTime() > deadline) {
          channel.close();
          throw new IllegalStateException(
              "another system-test run still holds "
                  + lockFile
                  + " after "
                  + MAX_WAIT.toMinutes()
                  + " min ("
                  + ownerOf(owner)
                  + ")");
        }
        if (!told) {
          LOG.info(() -> "waiting for another system-test run to finish (" + ownerOf(owner) + ")");
          told = true;
        }
        // Polling, not FileChannel.lock(): a blocking lock cannot time out.
        waitOneSecond();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(owner);
      lock.release();
    } finally {
      channel.close();
    }
  }

  private static String ownerOf(Path owner) {
    try {
      return Files.readString(owner, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "owner unknown";
    }
  }

  private static void waitOneSecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the system-test lock", e);
    }
  }
}
