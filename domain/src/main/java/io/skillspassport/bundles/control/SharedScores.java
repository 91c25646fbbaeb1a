package io.skillspassport.bundles.control;

import io.skillspassport.passports.entity.Provenance;
import io.skillspassport.platform.control.DatabaseSetup;
import io.skillspassport.scoring.ranking.CandidateScores;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Reads the current passport scores of every candidate who shares with an organisation straight
 * into the columnar {@link CandidateScores} the ranking works on, and keeps the last read per
 * organisation for as long as it is provably unchanged.
 *
 * <p>Why JDBC rather than entities: a comparison may cover 100,000 candidates; loading a {@code
 * FamilyResult} per score would put 600,000 managed objects in the persistence context. One query
 * lets the database do the filtering it can — the organisation, revoked and expired shares, expired
 * results — and one pass keeps the current result per candidate and family (by the current-score
 * rule of {@link Provenance}: highest assurance, then newest) in flat arrays. Candidates who share
 * but have no current result are kept (every family missing): they are ranked as incomplete, not
 * hidden.
 *
 * <p>Why a cache, and why it is safe: reading 600,000 rows takes seconds on the embedded H2, far
 * more than a page view may. Before reusing a snapshot, every call runs one cheap, index-only query
 * — the number of the organisation's unrevoked shares, the highest share id, the number and highest
 * id of results — and the snapshot also ends at the first moment a share or result in it expires. A
 * revocation lowers the count, a new share or result raises an id, so a revoked candidate
 * disappears on the very next request. At most {@value #MAX_ORGANISATIONS} organisations are kept,
 * a few megabytes of arrays each; no entity is ever held.
 */
@ApplicationScoped
public class SharedScores {

  static final int MAX_ORGANISATIONS = 8;

  // Distinct candidates, so two active shares never count a candidate twice. No ORDER BY: sorting
  // 600,000 rows spills to disk on H2; rows are grouped by candidate in memory instead.
  static final String QUERY =
      "select s.candidate, r.family_code, r.scaled_score, r.sem, r.measured_at, r.expires_at,"
          + " r.provenance, r.id"
          + " from (select distinct candidate from passport_share"
          + "   where organisation = ? and revoked_at is null"
          + "   and (expires_at is null or expires_at > ?)) s"
          + " left join family_result r on r.candidate = s.candidate and r.expires_at > ?";

  static final String NEXT_SHARE_EXPIRY =
      "select min(expires_at) from passport_share where organisation = ? and revoked_at is null"
          + " and expires_at > ?";

  // Index range scans only: the organisation's revoked shares (few), and two primary-key maxima.
  static final String STAMP =
      "select (select count(*) from passport_share where organisation = ? and revoked_at > ?),"
          + " (select max(id) from passport_share),"
          + " (select max(id) from family_result)";

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

  protected SharedScores() {}

  /** For use outside a container, such as the demo tool or repository tests in Java SE. */
  public SharedScores(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * The current scores of the candidates sharing with {@code organisation} at {@code now}, in the
   * order of their user names.
   *
   * @param families the columns; results in other families are ignored
   */
  public Shared of(String organisation, List<String> families, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      List<Long> stamp = stamp(c, organisation);
      Snapshot cached = snapshots.get(organisation);
      if (cached != null
          && cached.stamp().equals(stamp)
          && cached.families().equals(families)
          && now.isBefore(cached.validUntil())) {
        return cached.shared();
      }
      Snapshot fresh = read(c, organisation, families, now, stamp);
      if (snapshots.size() >= MAX_ORGANISATIONS && !snapshots.containsKey(organisation)) {
        snapshots.clear();
      }
      snapshots.put(organisation, fresh);
      return fresh.shared();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not read the scores shared with " + organisation + ": " + e.getMessage(), e);
    }
  }

  private static List<Long> stamp(Connection c, String organisation) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(STAMP)) {
      q.setString(1, organisation);
      q.setTimestamp(2, new Timestamp(0));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }

  private static Snapshot read(
      Connection c, String organisation, List<String> families, Instant now, List<Long> stamp)
      throws SQLException {
    Map<String, Integer> column = new HashMap<>();
    for (int f = 0; f < families.size(); f++) {
      column.put(families.get(f), f);
    }
    int nf = families.size();
    Map<String, Integer> rowOf = new HashMap<>();
    List<String> ids = new ArrayList<>();
    int[] scores = new int[1024 * nf];
    double[] sems = new double[1024 * nf];
    long[] measured = new long[1024 * nf];
    Provenance[] provenance = new Provenance[1024 * nf];
    long[] resultIds = new long[1024 * nf];
    long validUntil = Long.MAX_VALUE;
    Timestamp at = Timestamp.from(now);
    try (PreparedStatement q = c.prepareStatement(QUERY)) {
      q.setFetchSize(5000);
      q.setString(1, organisation);
      q.setTimestamp(2, at);
      q.setTimestamp(3, at);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String candidate = rs.getString(1);
          Integer row = rowOf.get(candidate);
          if (row == null) {
            row = ids.size();
            rowOf.put(candidate, row);
            ids.add(candidate);
            if ((row + 1) * nf > scores.length) {
              scores = Arrays.copyOf(scores, scores.length * 2);
              sems = Arrays.copyOf(sems, sems.length * 2);
              measured = Arrays.copyOf(measured, measured.length * 2);
              provenance = Arrays.copyOf(provenance, provenance.length * 2);
              resultIds = Arrays.copyOf(resultIds, resultIds.length * 2);
            }
            Arrays.fill(scores, row * nf, (row + 1) * nf, CandidateScores.MISSING);
          }
          String family = rs.getString(2);
          Integer f = family == null ? null : column.get(family);
          if (f == null) {
            continue;
          }
          long when = rs.getTimestamp(5).getTime();
          Provenance source = Provenance.valueOf(rs.getString(7));
          long id = rs.getLong(8);
          int cell = row * nf + f;
          if (scores[cell] == CandidateScores.MISSING
              || Provenance.preferred(
                  source,
                  Instant.ofEpochMilli(when),
                  id,
                  provenance[cell],
                  Instant.ofEpochMilli(measured[cell]),
                  resultIds[cell])) {
            scores[cell] = rs.getInt(3);
            sems[cell] = rs.getDouble(4);
            measured[cell] = when;
            provenance[cell] = source;
            resultIds[cell] = id;
          }
          validUntil = Math.min(validUntil, rs.getTimestamp(6).getTime());
        }
      }
    }
    try (PreparedStatement q = c.prepareStatement(NEXT_SHARE_EXPIRY)) {
      q.setString(1, organisation);
      q.setTimestamp(2, at);
      try (ResultSet rs = q.executeQuery()) {
        if (rs.next() && rs.getTimestamp(1) != null) {
          validUntil = Math.min(validUntil, rs.getTimestamp(1).getTime());
        }
      }
    }
    List<String> sorted = new ArrayList<>(ids);
    Collections.sort(sorted);
    CandidateScores.Builder builder = CandidateScores.builder(families);
    Map<String, Integer> index = new HashMap<>(sorted.size() * 2);
    int[] rowScores = new int[nf];
    double[] rowSems = new double[nf];
    for (String candidate : sorted) {
      int row = rowOf.get(candidate);
      System.arraycopy(scores, row * nf, rowScores, 0, nf);
      System.arraycopy(sems, row * nf, rowSems, 0, nf);
      index.put(candidate, index.size());
      builder.add(candidate, rowScores, rowSems);
    }
    return new Snapshot(
        organisation,
        List.copyOf(families),
        stamp,
        Instant.ofEpochMilli(validUntil == Long.MAX_VALUE ? Long.MAX_VALUE / 2 : validUntil),
        new Shared(builder.build(), Collections.unmodifiableMap(index)));
  }

  /**
   * The candidates sharing with an organisation and their current scores.
   *
   * @param scores one row per candidate, in user-name order
   * @param rows candidate → row in {@code scores}
   */
  public record Shared(CandidateScores scores, Map<String, Integer> rows) {}

  private record Snapshot(
      String organisation,
      List<String> families,
      List<Long> stamp,
      Instant validUntil,
      Shared shared) {}
}
