package io.skillspassport.platform.control;

import io.skillspassport.platform.boundary.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database up to date before the portal serves anything: runs the versioned Flyway
 * migrations, then fires {@link SchemaMigrated} synchronously, which the content component observes
 * to install the shipped content that is missing. The platform knows no business component; an
 * observer's failure fails the start like a migration's.
 *
 * <p>An EJB singleton because it is the one portable way to run code eagerly at deployment and to
 * block requests until it is done. It runs outside a JTA transaction: Flyway manages its own, and a
 * surrounding one would enlist two non-XA connections.
 */
@DataSourceDefinition(
    name = DatabaseSetup.DATA_SOURCE,
    className = "io.skillspassport.platform.control.ConfiguredDataSource",
    minPoolSize = 1,
    maxPoolSize = 20,
    transactional = true,
    // Payara's pool attributes for an application-defined pool: validate every connection before
    // lending it (Connection.isValid, a round trip), and when one is dead drop all of them. Without
    // this, after a database restart the pool kept lending the dead connections: one instance's
    // readiness stayed DOWN for minutes and its pages failed (README, fault test (b)).
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSetup {

  /** The JNDI name of the portal's data source, used by the persistence unit. */
  public static final String DATA_SOURCE = "java:app/jdbc/passport";

  private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Event<SchemaMigrated> migrated;

  /**
   * Migrates and installs; a failure (database unreachable, a migration or the installation
   * refused) ends the process with {@link FailedStart#DATABASE} and the reason, since Payara Micro
   * would otherwise stay up without the portal.
   */
  @PostConstruct
  void migrateAndInstallContent() {
    try {
      migrateAndInstall();
    } catch (RuntimeException e) {
      throw FailedStart.exit(
          FailedStart.DATABASE,
          "the database at "
              + databaseName()
              + " could not be migrated or filled with the shipped content: "
              + rootCause(e),
          e);
    }
  }

  private String databaseName() {
    try {
      return dataSource.unwrap(ConfiguredDataSource.class).url();
    } catch (java.sql.SQLException | RuntimeException notOurs) {
      return DATA_SOURCE;
    }
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private void migrateAndInstall() {
    var result =
        Flyway.configure(DatabaseSetup.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated.fire(
        new SchemaMigrated(String.valueOf(result.targetSchemaVersion), result.migrationsExecuted));
  }
}
