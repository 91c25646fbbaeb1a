package io.skillspassport.web.operations;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the portal's web application is serving: set when the servlet context has started (the
 * database was migrated and the shipped content installed before that, by {@code DatabaseSetup}; a
 * refused production start never gets here) and cleared when it stops, so readiness turns false
 * while an instance shuts down and the load balancer stops sending it requests first.
 */
@WebListener
public class Serving implements ServletContextListener {

  private static final AtomicBoolean SERVING = new AtomicBoolean();

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SERVING.set(true);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    SERVING.set(false);
  }

  /** True between the application's start and its shutdown. */
  public static boolean now() {
    return SERVING.get();
  }
}
