package io.skillspassport.bundles.control;

import io.skillspassport.platform.control.DatabaseSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes the candidates' "viewed by" entries ({@code passport_viewing}) in JDBC batches, so that an
 * export of 100,000 candidates logs every one of them without 100,000 managed entities.
 *
 * <p>Ids come from the shared {@code sp_seq} exactly as EclipseLink takes them: one {@code nextval}
 * reserves the block of 50 ids ending at the value returned, so these rows never collide with ids
 * the persistence unit hands out.
 */
@ApplicationScoped
public class ViewingLog {

  private static final int BLOCK = 50;

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  protected ViewingLog() {}

  /** For use outside a container. */
  public ViewingLog(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Logs that {@code viewer} of {@code organisation} saw each of {@code candidates}. */
  public void record(
      Collection<String> candidates,
      String organisation,
      String viewer,
      Instant when,
      String context) {
    if (candidates.isEmpty()) {
      return;
    }
    String what = context.length() > 200 ? context.substring(0, 200) : context;
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into passport_viewing"
                    + " (id, candidate, organisation, viewer, viewed_at, viewed_on, context)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")) {
      String next = nextValueSql(c);
      long id = 0;
      long last = -1;
      int pending = 0;
      Timestamp at = Timestamp.from(when);
      // The UTC day, as the sharing component's own viewings store it: the candidate's list counts
      // views per organisation and day.
      LocalDate day = LocalDate.ofInstant(when, ZoneOffset.UTC);
      for (String candidate : candidates) {
        if (id > last) {
          last = nextValue(c, next);
          id = last - BLOCK + 1;
        }
        insert.setLong(1, id++);
        insert.setString(2, candidate);
        insert.setString(3, organisation);
        insert.setString(4, viewer);
        insert.setTimestamp(5, at);
        insert.setObject(6, day);
        insert.setString(7, what);
        insert.addBatch();
        if (++pending == 1000) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not log the viewings: " + e.getMessage(), e);
    }
  }

  /** The statement that draws the next {@code sp_seq} value on this database. */
  public static String nextValueSql(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
        ? "select nextval('sp_seq')"
        : "values next value for sp_seq";
  }

  /** Draws one {@code sp_seq} value: the last id of a block of 50. */
  public static long nextValue(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
