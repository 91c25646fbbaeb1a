package io.skillspassport.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refuses to start a production portal that is configured like a laptop ({@link DeploymentStage}):
 * the deployment fails before the first request, with the reasons in the log, and the process
 * exits, so that an orchestrator sees a failed start rather than a portal answering 404.
 */
@WebListener
public class StartupCheck implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

  /** The exit status of a refused start. */
  static final int EXIT_STATUS = 3;

  @Inject PortalAddress address;

  @Inject OidcSettings oidc;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    DeploymentStage stage = DeploymentStage.current(address);
    var refusals = stage.refusals(address, oidc);
    LOG.info(
        () ->
            "Skills Passport at "
                + address.getBaseUrl()
                + ": "
                + (stage.production() ? "production" : "development")
                + " ("
                + stage.reason()
                + ")");
    if (refusals.isEmpty()) {
      return;
    }
    String message =
        "Skills Passport refuses to start in production ("
            + stage.reason()
            + "): "
            + String.join("; ", refusals);
    LOG.log(Level.SEVERE, message);
    System.err.println(message);
    System.err.flush();
    // Payara Micro keeps running after a failed deployment; a production portal without its
    // application must not look alive to a load balancer. Exit from another thread: the shutdown
    // hooks stop the server, which waits for this deployment to end.
    Thread exit = new Thread(() -> System.exit(EXIT_STATUS), "skills-passport-refused-start");
    exit.setDaemon(true);
    exit.start();
    throw new IllegalStateException(message);
  }
}
