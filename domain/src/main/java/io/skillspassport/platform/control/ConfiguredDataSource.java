package io.skillspassport.platform.control;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's database, chosen at start-up from the environment: PostgreSQL in production, an H2
 * file database under the data folder by default.
 *
 * <p>Payara pools the connections this source opens (see {@link DatabaseSetup}). The choice is made
 * in code rather than in the {@code @DataSourceDefinition} because the default must work with
 * nothing set, and the two drivers need different data source classes.
 *
 * <table>
 *   <caption>Configuration (MicroProfile Config: system property, else environment variable)</caption>
 *   <tr><th>property</th><th>variable</th><th>default</th></tr>
 *   <tr><td>passport.db.url</td><td>PASSPORT_DB_URL</td><td>jdbc:h2:file:DATA/passport</td></tr>
 *   <tr><td>passport.db.user</td><td>PASSPORT_DB_USER</td><td>passport</td></tr>
 *   <tr><td>passport.db.password</td><td>PASSPORT_DB_PASSWORD</td><td>empty</td></tr>
 *   <tr><td>passport.data.dir</td><td>PASSPORT_DATA_DIR</td><td>./data</td></tr>
 * </table>
 */
public class ConfiguredDataSource implements DataSource {

  private final DataSource delegate;
  private final String url;

  /**
   * The configured database. Payara creates this source by its class name, outside CDI, so it asks
   * MicroProfile Config directly rather than by injection.
   */
  public ConfiguredDataSource() {
    this(ConfigProvider.getConfig());
  }

  private ConfiguredDataSource(Config config) {
    this(
        setting(config, "passport.db.url")
            .orElseGet(() -> defaultUrl(setting(config, "passport.data.dir").orElse("data"))),
        setting(config, "passport.db.user").orElse("passport"),
        setting(config, "passport.db.password").orElse(""));
  }

  ConfiguredDataSource(String url, String user, String password) {
    this.url = Objects.requireNonNull(url, "url");
    this.delegate = create(url, user, password);
  }

  /** The JDBC URL in use, without credentials. */
  public String url() {
    return url;
  }

  private static java.util.Optional<String> setting(Config config, String name) {
    return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
  }

  static String defaultUrl(String dataDir) {
    Path data = Path.of(dataDir).toAbsolutePath().normalize();
    // DB_CLOSE_ON_EXIT=FALSE: Payara closes the pool on shutdown; H2's own hook would race it.
    return "jdbc:h2:file:" + data.resolve("passport") + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  private static DataSource create(String url, String user, String password) {
    if (url.startsWith("jdbc:postgresql:")) {
      var pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      return pg;
    }
    if (url.startsWith("jdbc:h2:")) {
      var h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    throw new IllegalArgumentException(
        "PASSPORT_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, was " + url);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate.isWrapperFor(type);
  }
}
