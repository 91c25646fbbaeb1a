package io.skillspassport.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh, migrated database for one test: an in-memory H2 or its own schema-less database in the
 * throwaway PostgreSQL. Runs the same Flyway migrations as the portal.
 */
public final class Database implements AutoCloseable {

  /** The database engines the portal supports. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  private final String url;
  private final String user;
  private final EntityManagerFactory factory;

  private Database(String url, String user) {
    this.url = url;
    this.user = user;
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    this.factory =
        Persistence.createEntityManagerFactory(
            "passport-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", ""));
  }

  /** A new, empty, migrated database of the given kind. */
  public static Database fresh(Kind kind) {
    String name = "t" + UUID.randomUUID().toString().replace("-", "");
    return switch (kind) {
      case H2 -> new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa");
      case POSTGRESQL -> {
        String admin = ThrowawayPostgres.jdbcUrl();
        try (Connection c = DriverManager.getConnection(admin, ThrowawayPostgres.user(), "")) {
          c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
          throw new IllegalStateException("Could not create database " + name, e);
        }
        yield new Database(
            admin.substring(0, admin.lastIndexOf('/') + 1) + name, ThrowawayPostgres.user());
      }
    };
  }

  /** Runs {@code work} in one transaction and returns its result. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** A new entity manager of this database, for tests that manage transactions themselves. */
  public EntityManager newEntityManager() {
    return factory.createEntityManager();
  }

  /** Runs {@code work} in one transaction. */
  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  @Override
  public void close() {
    factory.close();
  }
}
