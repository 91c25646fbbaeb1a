package io.skillspassport.platform.control;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process when the portal cannot start, with the reason on standard error and a non-zero
 * exit status.
 *
 * <p>Why exit. Payara Micro keeps the JVM running after a failed deployment: its HTTP listener
 * answers 404 for ever, a process supervisor sees a live process, and a load balancer that only
 * checks the port sends users to it (2 of 8 measured starts against PostgreSQL stayed up without
 * serving, issue 13). The exit runs on its own thread because {@code System.exit} runs the shutdown
 * hooks, which stop the server, which waits for the deployment that called this to end.
 */
public final class FailedStart {

  /** Exit status of a start that failed to set up the database (migrations, shipped content). */
  public static final int DATABASE = 4;

  private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());

  private FailedStart() {}

  /**
   * Logs {@code reason}, prints it on standard error, schedules the exit with {@code status} and
   * returns an exception for the caller to throw, so that the deployment fails at once too.
   */
  public static IllegalStateException exit(int status, String reason, Throwable cause) {
    String message = "Skills Passport cannot start: " + reason + " (exit status " + status + ")";
    LOG.log(Level.SEVERE, message, cause);
    System.err.println(message);
    System.err.flush();
    Thread exit = new Thread(() -> System.exit(status), "skills-passport-failed-start");
    exit.setDaemon(true);
    exit.start();
    return new IllegalStateException(message, cause);
  }
}
