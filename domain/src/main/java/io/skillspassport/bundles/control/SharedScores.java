package io.skillspassport.bundles.control;

import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.platform.control.DatabaseSetup;
import io.skillspassport.scoring.ranking.CandidateScores;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Reads the current passport scores of every candidate who shares with an organisation straight
 * into the columnar {@link CandidateScores} the ranking works on, and keeps that snapshot current
 * by reading only the shares and results that changed since it was taken.
 *
 * <p>Why JDBC rather than entities: a comparison may cover 100,000 candidates; loading a {@code
 * FamilyResult} per score would put 600,000 managed objects in the persistence context. One query
 * lets the database do the filtering it can — the organisation, revoked and expired shares, expired
 * results — and one pass keeps the current result per candidate and family (by the current-score
 * rule of {@link Provenance}: highest assurance, then newest) in flat arrays. Candidates who share
 * but have no current result are kept (every family missing): they are ranked as incomplete, not
 * hidden.
 *
 * <p>Why incremental, and why it is correct. Reading 600,000 rows takes seconds; a portal where a
 * result arrives every second cannot do that per page view. Every share and result row carries
 * {@code changed_at} (migration V16, written on every insert and update). A refresh asks the
 * database, through the {@code (organisation, changed_at)} and {@code changed_at} indexes, which of
 * the organisation's shares and which results of candidates who share with it changed since {@code
 * stamp − }{@value #OVERLAP_SECONDS}{@code s}; those candidates become <em>dirty</em>, and so does
 * every candidate whose share or current result has expired since (each row remembers the earliest
 * end among what it was built from). Each dirty candidate is re-read whole — shares and unexpired
 * results — with the same rules as the full read, so applying a change twice changes nothing, and
 * an expired newest result correctly falls back to an older unexpired one. The overlap covers a
 * write whose transaction commits after a refresh but stamped its row earlier, and clocks of
 * several instances that differ by less than the overlap; rows already applied within the overlap
 * are remembered by key and not re-read again. Nothing comes from an in-memory event, so a change
 * written by another instance is seen on this one's next request. A change elsewhere (a result of a
 * candidate who does not share with the organisation) matches no row of the query and causes no
 * work.
 *
 * <p>One refresh per burst: refreshes of an organisation are serialised, and a request that waited
 * while another refresh ran reuses its outcome when that refresh started after the request arrived
 * (it saw everything committed before the request); otherwise it refreshes itself. Four employers
 * asking at once after a change therefore cost one re-read of the changed candidates, not four. A
 * refresh that finds nothing changed returns the same {@link Shared} instance, so rankings cached
 * by snapshot identity stay valid. At most {@value #MAX_ORGANISATIONS} organisations are kept; an
 * organisation with 100,000 sharing candidates costs about 30 MB (the ranked arrays, and per
 * candidate the row the next refresh compares with: an estimate from the object layout, not
 * measured), plus the score arrays of the snapshot before (about 7 MB) while a snapshot says how it
 * follows from that one; no entity is ever held.
 *
 * <p>What a refresh costs: one statement for what changed (also when nothing did); for k changed
 * candidates two indexed reads of their rows, and — when only their scores changed — a copy of the
 * score arrays with their rows replaced ({@link CandidateScores#withRows}) and a {@link
 * Shared#rescored()} note naming the rows, from which {@link SnapshotRankings} re-ranks by moving
 * those rows only. The earliest end among the rows is kept as a lower bound, lowered by each row
 * re-read, and made exact by the table walk that runs only once that moment has passed. A change of
 * who shares (a new share, a revocation, an end reached) rebuilds the arrays from the table and is
 * ranked from scratch: O(n), not proportional to the change.
 */
@ApplicationScoped
public class SharedScores {

  static final int MAX_ORGANISATIONS = 8;

  /** How far before its stamp a refresh looks for changed rows (see the class comment). */
  static final int OVERLAP_SECONDS = 30;

  private static final Duration OVERLAP = Duration.ofSeconds(OVERLAP_SECONDS);

  /** Candidates per {@code in (…)} list when dirty candidates are re-read. */
  private static final int BATCH = 500;

  // Distinct candidates, so two active shares never count a candidate twice. No ORDER BY: sorting
  // 600,000 rows spills to disk on H2; rows are grouped by candidate in memory instead.
  static final String QUERY =
      "select s.candidate, r.family_code, r.scaled_score, r.sem, r.measured_at, r.expires_at,"
          + " r.withdrawn_at, r.provenance, r.id, r.items_administered"
          + " from (select distinct candidate from passport_share"
          + "   where organisation = ? and revoked_at is null"
          + "   and (expires_at is null or expires_at > ?)) s"
          + " left join family_result r on r.candidate = s.candidate and r.expires_at > ?";

  static final String ACTIVE_SHARES =
      "select candidate, expires_at from passport_share where organisation = ?"
          + " and revoked_at is null and (expires_at is null or expires_at > ?)";

  /**
   * The organisation's shares written since a moment (new, revoked, moved end), then the results
   * written since then of candidates who have ever shared with it — one statement, so a page view
   * that finds nothing changed costs one round trip to the database.
   */
  static final String CHANGED =
      "select 's', id, candidate, changed_at from passport_share"
          + " where organisation = ? and changed_at > ?"
          + " union all"
          + " select 'r', r.id, r.candidate, r.changed_at from family_result r"
          + " where exists (select 1 from passport_share s"
          + "   where s.organisation = ? and s.candidate = r.candidate)"
          + " and r.changed_at > ?";

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  /** The clock the rows' change stamps come from: a snapshot's stamp must be on the same one. */
  @Inject Clock clock;

  private final Map<String, Organisation> organisations = new ConcurrentHashMap<>();

  private final AtomicLong fullReads = new AtomicLong();

  private final AtomicLong incrementalRefreshes = new AtomicLong();

  private final AtomicLong candidatesReread = new AtomicLong();

  protected SharedScores() {}

  /** For use outside a container, such as the demo tool or repository tests in Java SE. */
  public SharedScores(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The current scores of the candidates sharing with {@code organisation} at {@code now}, in the
   * order of their user names.
   *
   * @param families the columns; results in other families are ignored
   */
  public Shared of(String organisation, List<String> families, Instant now) {
    long arrival = System.nanoTime();
    Organisation state = organisationState(organisation);
    state.lock.lock();
    try {
      Snapshot current = state.snapshot;
      if (current != null
          && current.families().equals(families)
          && current.checkedNanos() - arrival >= 0
          && !now.isAfter(current.checkedAt())) {
        return current.shared();
      }
      long started = System.nanoTime();
      Instant stamp = Instant.now(clock);
      try (Connection c = dataSource.getConnection()) {
        Snapshot fresh =
            current == null || !current.families().equals(families)
                ? fullRead(c, organisation, families, now, stamp, started)
                : refresh(c, current, now, stamp, started);
        state.snapshot = fresh;
        return fresh.shared();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not read the scores shared with " + organisation + ": " + e.getMessage(), e);
    } finally {
      state.lock.unlock();
    }
  }

  /** How much work the snapshots have done since the portal started, for the metrics. */
  public Work work() {
    return new Work(fullReads.get(), incrementalRefreshes.get(), candidatesReread.get());
  }

  /**
   * Counters of snapshot work.
   *
   * @param fullReads snapshots read from scratch (first use, or the family columns changed)
   * @param incrementalRefreshes refreshes that found changed or expired candidates and re-read them
   * @param candidatesReread candidates re-read by those refreshes
   */
  public record Work(long fullReads, long incrementalRefreshes, long candidatesReread) {}

  private Organisation organisationState(String organisation) {
    Organisation state = organisations.get(organisation);
    if (state != null) {
      return state;
    }
    if (organisations.size() >= MAX_ORGANISATIONS) {
      organisations.clear();
    }
    return organisations.computeIfAbsent(organisation, o -> new Organisation());
  }

  private Snapshot fullRead(
      Connection c,
      String organisation,
      List<String> families,
      Instant now,
      Instant stamp,
      long started)
      throws SQLException {
    fullReads.incrementAndGet();
    // The changed rows first: a row counted as seen must be in the data read after it.
    Set<String> seen = new HashSet<>();
    changed(c, organisation, stamp, seen);
    Map<String, Integer> column = columns(families);
    Timestamp at = Timestamp.from(now);
    Map<String, Row> rows = new HashMap<>();
    try (PreparedStatement q = c.prepareStatement(ACTIVE_SHARES)) {
      q.setFetchSize(5000);
      q.setString(1, organisation);
      q.setTimestamp(2, at);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.computeIfAbsent(rs.getString(1), k -> new Row(families.size()))
              .share(rs.getTimestamp(2));
        }
      }
    }
    try (PreparedStatement q = c.prepareStatement(QUERY)) {
      q.setFetchSize(5000);
      q.setString(1, organisation);
      q.setTimestamp(2, at);
      q.setTimestamp(3, at);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          Row row = rows.get(rs.getString(1));
          // A share given between the two statements: the next refresh reads it as changed.
          if (row != null) {
            row.result(column, rs);
          }
        }
      }
    }
    return snapshot(organisation, families, new TreeMap<>(rows), stamp, now, started, seen);
  }

  private Snapshot refresh(Connection c, Snapshot current, Instant now, Instant stamp, long started)
      throws SQLException {
    String organisation = current.organisation();
    Set<String> seen = new HashSet<>();
    Set<String> dirty = new HashSet<>();
    for (Change change : changed(c, organisation, current.stamp(), seen)) {
      if (!current.seen().contains(change.key())) {
        dirty.add(change.candidate());
      }
    }
    // A lower bound of the earliest end among the rows: exact after a scan, otherwise lowered by
    // every re-read row, so an ordinary refresh never walks the whole table.
    long nextExpiry = current.nextExpiry().toEpochMilli();
    if (!now.isBefore(current.nextExpiry())) {
      long at = now.toEpochMilli();
      long remaining = Long.MAX_VALUE;
      for (Map.Entry<String, Row> e : current.table().entrySet()) {
        long until = e.getValue().validUntil();
        if (until <= at) {
          dirty.add(e.getKey());
        } else {
          remaining = Math.min(remaining, until);
        }
      }
      nextExpiry = remaining;
    }
    if (dirty.isEmpty()) {
      return current.checked(stamp, now, started, seen, expiry(nextExpiry));
    }
    incrementalRefreshes.incrementAndGet();
    candidatesReread.addAndGet(dirty.size());
    Map<String, Row> reread = reread(c, organisation, current.families(), dirty, now);
    // Only the lock holder touches the table, so it is updated in place.
    TreeMap<String, Row> table = current.table();
    boolean membership = false;
    List<String> rescored = new ArrayList<>();
    for (String candidate : dirty) {
      Row before = table.get(candidate);
      Row after = reread.get(candidate);
      if (after == null) {
        membership |= table.remove(candidate) != null;
        continue;
      }
      nextExpiry = Math.min(nextExpiry, after.validUntil());
      table.put(candidate, after);
      if (before == null) {
        membership = true;
      } else if (!before.sameScores(after)) {
        rescored.add(candidate);
      }
      // else: same scores; the row may still end at another time (a moved share end, say).
    }
    Shared shared = current.shared();
    if (membership) {
      return snapshot(organisation, current.families(), table, stamp, now, started, seen);
    }
    if (!rescored.isEmpty()) {
      // Same candidates in the same rows: copy the arrays and replace the changed rows only.
      int[] rows = new int[rescored.size()];
      int[][] scores = new int[rows.length][];
      double[][] sems = new double[rows.length][];
      Row[] bases = shared.basis().rows.clone();
      for (int k = 0; k < rows.length; k++) {
        Row row = table.get(rescored.get(k));
        rows[k] = shared.rows().get(rescored.get(k));
        scores[k] = row.scores;
        sems[k] = row.sems;
        bases[rows[k]] = row;
      }
      shared =
          new Shared(
              shared.scores().withRows(rows, scores, sems),
              shared.rows(),
              new Basis(bases),
              Optional.of(new Rescored(shared.scores(), rows)));
    }
    return new Snapshot(
        organisation,
        current.families(),
        table,
        stamp,
        now,
        started,
        expiry(nextExpiry),
        Set.copyOf(seen),
        shared);
  }

  /** The changed rows since {@code since − overlap}; their keys are added to {@code seen}. */
  private static List<Change> changed(
      Connection c, String organisation, Instant since, Set<String> seen) throws SQLException {
    Timestamp from = Timestamp.from(since.minus(OVERLAP));
    List<Change> changes = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(CHANGED)) {
      q.setString(1, organisation);
      q.setTimestamp(2, from);
      q.setString(3, organisation);
      q.setTimestamp(4, from);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          // A share is re-read at each new stamp (a revocation updates the row); a result row is
          // written once.
          String key =
              "s".equals(rs.getString(1))
                  ? "s" + rs.getLong(2) + "@" + rs.getTimestamp(4)
                  : "r" + rs.getLong(2);
          changes.add(new Change(key, rs.getString(3)));
        }
      }
    }
    changes.forEach(change -> seen.add(change.key()));
    return changes;
  }

  private static Map<String, Row> reread(
      Connection c,
      String organisation,
      List<String> families,
      Collection<String> candidates,
      Instant now)
      throws SQLException {
    Map<String, Integer> column = columns(families);
    Timestamp at = Timestamp.from(now);
    Map<String, Row> rows = new HashMap<>();
    List<String> all = new ArrayList<>(candidates);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      String in = String.join(",", Collections.nCopies(batch.size(), "?"));
      try (PreparedStatement q =
          c.prepareStatement(ACTIVE_SHARES + " and candidate in (" + in + ")")) {
        q.setString(1, organisation);
        q.setTimestamp(2, at);
        for (int i = 0; i < batch.size(); i++) {
          q.setString(3 + i, batch.get(i));
        }
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            rows.computeIfAbsent(rs.getString(1), k -> new Row(families.size()))
                .share(rs.getTimestamp(2));
          }
        }
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "select candidate, family_code, scaled_score, sem, measured_at, expires_at,"
                  + " withdrawn_at, provenance, id, items_administered from family_result"
                  + " where expires_at > ? and candidate in ("
                  + in
                  + ")")) {
        q.setTimestamp(1, at);
        for (int i = 0; i < batch.size(); i++) {
          q.setString(2 + i, batch.get(i));
        }
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            Row row = rows.get(rs.getString(1));
            if (row != null) {
              row.result(column, rs);
            }
          }
        }
      }
    }
    return rows;
  }

  private static Snapshot snapshot(
      String organisation,
      List<String> families,
      TreeMap<String, Row> table,
      Instant stamp,
      Instant now,
      long started,
      Set<String> seen) {
    CandidateScores.Builder builder = CandidateScores.builder(families);
    Map<String, Integer> index = new HashMap<>(table.size() * 2);
    Row[] bases = new Row[table.size()];
    for (Map.Entry<String, Row> e : table.entrySet()) {
      bases[index.size()] = e.getValue();
      index.put(e.getKey(), index.size());
      builder.add(e.getKey(), e.getValue().scores, e.getValue().sems);
    }
    return new Snapshot(
        organisation,
        List.copyOf(families),
        table,
        stamp,
        now,
        started,
        nextExpiry(table),
        Set.copyOf(seen),
        new Shared(
            builder.build(),
            Collections.unmodifiableMap(index),
            new Basis(bases),
            Optional.empty()));
  }

  private static Instant nextExpiry(Map<String, Row> table) {
    long next = Long.MAX_VALUE;
    for (Row row : table.values()) {
      next = Math.min(next, row.validUntil());
    }
    return expiry(next);
  }

  private static Instant expiry(long next) {
    return Instant.ofEpochMilli(next >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : next);
  }

  private static Map<String, Integer> columns(List<String> families) {
    Map<String, Integer> column = new HashMap<>();
    for (int f = 0; f < families.size(); f++) {
      column.put(families.get(f), f);
    }
    return column;
  }

  /**
   * The candidates sharing with an organisation and their current scores.
   *
   * @param scores one row per candidate, in user-name order
   * @param rows candidate → row in {@code scores}
   * @param basis what each score rests on, by the same rows and family columns
   * @param rescored when this snapshot differs from the one before only in some candidates' scores
   *     (the same candidates in the same rows), which: rankings of the snapshot before can then be
   *     carried forward ({@code Ranking.rerank}) instead of computed again; empty after a full read
   *     or a change of who shares
   */
  public record Shared(
      CandidateScores scores,
      Map<String, Integer> rows,
      Basis basis,
      Optional<Rescored> rescored) {}

  /**
   * How a snapshot follows from the one before: the same candidates in the same rows, these rows
   * with new scores. Holds the scores before (not the snapshot), so snapshots do not chain.
   *
   * @param previous the scores of the snapshot before
   * @param rows the rows whose scores changed
   */
  public record Rescored(CandidateScores previous, int[] rows) {}

  /**
   * What each current score of a snapshot rests on: its provenance and how many items were
   * administered. Read from the same result rows as the scores, so a score and its basis always
   * belong together; rows are never changed once in a snapshot, so this holds references only.
   */
  public static final class Basis {

    private final Row[] rows;

    private Basis(Row[] rows) {
      this.rows = rows;
    }

    /** The provenance of the score in {@code row}, {@code family}; empty when it is missing. */
    public Optional<Provenance> provenance(int row, int family) {
      return Optional.ofNullable(rows[row].provenance[family]);
    }

    /**
     * The items administered for the score in {@code row}, {@code family}; 0 when it is missing or
     * the result does not record them (imported results, results from before migration V13).
     */
    public int itemsAdministered(int row, int family) {
      return rows[row].items[family];
    }
  }

  private record Change(String key, String candidate) {}

  /** The snapshot of one organisation; the lock serialises its refreshes. */
  private static final class Organisation {
    final ReentrantLock lock = new ReentrantLock();
    Snapshot snapshot;
  }

  /**
   * One candidate's current scores and the moment they may next change by time alone: the end of
   * the share, or the earliest expiry among the unexpired results (when the newest result of a
   * family expires, an older unexpired one may become current). Not changed once in a snapshot.
   */
  private static final class Row {
    final int[] scores;
    final double[] sems;
    final long[] measured;
    final Provenance[] provenance;
    final long[] resultIds;
    final int[] items;
    long shareEnd = Long.MIN_VALUE;
    long resultsEnd = Long.MAX_VALUE;

    Row(int families) {
      scores = new int[families];
      sems = new double[families];
      measured = new long[families];
      provenance = new Provenance[families];
      resultIds = new long[families];
      items = new int[families];
      Arrays.fill(scores, CandidateScores.MISSING);
    }

    void share(Timestamp expires) {
      // Two active shares (not possible since V6) would last until the later end.
      shareEnd = Math.max(shareEnd, expires == null ? Long.MAX_VALUE : expires.getTime());
    }

    void result(Map<String, Integer> column, ResultSet rs) throws SQLException {
      String family = rs.getString(2);
      Integer f = family == null ? null : column.get(family);
      if (f == null || rs.getTimestamp(7) != null) {
        // Withdrawn results are skipped here rather than in the query: a "withdrawn_at is null"
        // there makes H2 plan the join through the withdrawal index instead of the candidate's.
        return;
      }
      long when = rs.getTimestamp(5).getTime();
      Provenance source = Provenance.valueOf(rs.getString(8));
      long id = rs.getLong(9);
      if (scores[f] == CandidateScores.MISSING
          || Provenance.preferred(
              source,
              Instant.ofEpochMilli(when),
              id,
              provenance[f],
              Instant.ofEpochMilli(measured[f]),
              resultIds[f])) {
        scores[f] = rs.getInt(3);
        sems[f] = rs.getDouble(4);
        measured[f] = when;
        provenance[f] = source;
        resultIds[f] = id;
        items[f] = rs.getInt(10);
      }
      resultsEnd = Math.min(resultsEnd, rs.getTimestamp(6).getTime());
    }

    long validUntil() {
      return Math.min(shareEnd, resultsEnd);
    }

    /** Same scores and the same basis (provenance, items) for each: nothing shown differs. */
    boolean sameScores(Row other) {
      return Arrays.equals(scores, other.scores)
          && Arrays.equals(sems, other.sems)
          && Arrays.equals(provenance, other.provenance)
          && Arrays.equals(items, other.items);
    }
  }

  private record Snapshot(
      String organisation,
      List<String> families,
      TreeMap<String, Row> table,
      Instant stamp,
      Instant checkedAt,
      long checkedNanos,
      Instant nextExpiry,
      Set<String> seen,
      Shared shared) {

    Snapshot checked(
        Instant newStamp, Instant now, long started, Set<String> newSeen, Instant newExpiry) {
      return new Snapshot(
          organisation,
          families,
          table,
          newStamp,
          now,
          started,
          newExpiry,
          Set.copyOf(newSeen),
          shared);
    }
  }
}
