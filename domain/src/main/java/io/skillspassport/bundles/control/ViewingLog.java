package io.skillspassport.bundles.control;

import io.skillspassport.platform.control.DatabaseSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes the candidates' "viewed by" entries ({@code passport_viewing}) with set-based statements,
 * so that an export of 100,000 candidates logs every one of them in a few round trips and without
 * 100,000 managed entities.
 *
 * <p>Two round trips per {@value #CHUNK} candidates: one statement draws the id blocks the rows
 * need from the shared {@code sp_seq}, and one {@code insert … select … from unnest(ids,
 * candidates)} writes the rows, the ids and user names bound as two array parameters (the same SQL
 * on PostgreSQL and H2). Ids come from {@code sp_seq} exactly as EclipseLink takes them: each
 * {@code nextval} reserves the block of {@value #BLOCK} ids ending at the value returned (the
 * sequence's increment, migration V1), so these rows never collide with ids the persistence unit
 * hands out; the blocks are drawn in one statement ({@code generate_series} / {@code
 * system_range}), not one round trip per 50 ids.
 *
 * <p>Why this and not the alternatives (measured with {@code ComparisonChurn}, see the README, "CSV
 * export of 100,000 candidates"): JDBC batches of 1,000 rows cost 100 round trips plus 2,000
 * sequence calls per 100,000 rows, which on the loaded machine took 34 s (PostgreSQL) of mostly
 * waiting at load 40–50; set-based, the PostgreSQL server spent 0.7–0.75 s of CPU and the calling
 * thread 0.1–0.2 s. PostgreSQL's {@code reWriteBatchedInserts} would help PostgreSQL only, and a
 * larger sequence block would remove the sequence calls but not the batches. On H2 (embedded: no
 * round trips) the cost is H2's own index inserts and commit, 1.3–3.5 s of CPU either way. What
 * would cut both is writing less — one row per export plus the exported id set — but the
 * candidate's list would then read two tables and count an export per organisation and day as it
 * counts rows here; keeping one row per candidate leaves that list, its indexes and its counts
 * exactly as they were, with no migration.
 */
@ApplicationScoped
public class ViewingLog {

  /** Ids per {@code sp_seq} value: the sequence's increment and EclipseLink's allocation size. */
  static final int BLOCK = 50;

  /**
   * Rows per statement: bounds the arrays one statement binds (about a megabyte) whatever the
   * export's size; a multiple of {@link #BLOCK}, so only the last statement leaves ids unused.
   */
  static final int CHUNK = 10_000;

  // Casts on every parameter: PostgreSQL types an untyped parameter of an INSERT … SELECT as text,
  // which it does not assign to a timestamp or date column.
  private static final String INSERT =
      "insert into passport_viewing"
          + " (id, candidate, organisation, viewer, viewed_at, viewed_on, context)"
          + " select v.id, v.candidate, cast(? as varchar(80)), cast(? as varchar(200)),"
          + " cast(? as timestamp), cast(? as date), cast(? as varchar(200))"
          + " from unnest(cast(? as bigint array), cast(? as varchar(200) array)) as v(id, candidate)";

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
        PreparedStatement draw = c.prepareStatement(blocksSql(c));
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setString(1, organisation);
      insert.setString(2, viewer);
      insert.setTimestamp(3, Timestamp.from(when));
      // The UTC day, as the sharing component's own viewings store it: the candidate's list counts
      // views per organisation and day.
      insert.setObject(4, LocalDate.ofInstant(when, ZoneOffset.UTC));
      insert.setString(5, what);
      int remaining = candidates.size();
      String[] chunk = new String[Math.min(CHUNK, remaining)];
      int filled = 0;
      for (String candidate : candidates) {
        chunk[filled++] = candidate;
        if (filled == chunk.length) {
          insert(c, draw, insert, chunk);
          remaining -= filled;
          chunk = new String[Math.min(CHUNK, remaining)];
          filled = 0;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not log the viewings: " + e.getMessage(), e);
    }
  }

  private static void insert(
      Connection c, PreparedStatement draw, PreparedStatement insert, String[] candidates)
      throws SQLException {
    Array ids = c.createArrayOf("bigint", ids(draw, candidates.length));
    Array names = c.createArrayOf("varchar", candidates);
    insert.setArray(6, ids);
    insert.setArray(7, names);
    insert.executeUpdate();
    ids.free();
    names.free();
  }

  /**
   * {@code count} fresh ids: {@code ceil(count / 50)} values drawn from {@code sp_seq} by {@code
   * draw} ({@link #blocksSql}), each the last id of a block of 50.
   */
  private static Long[] ids(PreparedStatement draw, int count) throws SQLException {
    Long[] ids = new Long[count];
    draw.setInt(1, (count + BLOCK - 1) / BLOCK);
    try (ResultSet rs = draw.executeQuery()) {
      int next = 0;
      while (rs.next() && next < count) {
        long last = rs.getLong(1);
        for (long id = last - BLOCK + 1; id <= last && next < count; id++) {
          ids[next++] = id;
        }
      }
      if (next < count) {
        throw new SQLException("sp_seq gave " + next + " of " + count + " ids");
      }
    }
    return ids;
  }

  /** The statement that draws {@code ?} values of {@code sp_seq} on this database. */
  private static String blocksSql(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
        ? "select nextval('sp_seq') from generate_series(1, ?)"
        : "select next value for sp_seq from system_range(1, ?)";
  }
}
