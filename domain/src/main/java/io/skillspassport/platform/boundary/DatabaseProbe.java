package io.skillspassport.platform.boundary;

import io.skillspassport.platform.control.DatabaseSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the portal's database answers, for the readiness probe: a connection from the pool that
 * passes the driver's own validity check within two seconds. No transaction, nothing read or
 * written; the reason of a failure stays in the log, the probe only says up or down.
 */
@ApplicationScoped
public class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  /** True when a pooled connection is valid now. */
  public boolean answers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
