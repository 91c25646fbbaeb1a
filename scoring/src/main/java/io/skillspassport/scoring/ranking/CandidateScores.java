package io.skillspassport.scoring.ranking;

import io.skillspassport.scoring.math.Arguments;
import io.skillspassport.scoring.readiness.FamilyScore;
import io.skillspassport.scoring.scale.ReportingScale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passports of many candidates in columnar form: one row per candidate, one column per family,
 * scores in an {@code int[]} and SEMs in a {@code double[]} (row-major), so that ranking 100,000
 * candidates touches a few flat arrays instead of 100,000 maps.
 *
 * <p>A family a candidate has not been measured in holds {@link #MISSING}. Scores are validated
 * against the reporting scale when added (300–850 for the standard scale), SEMs must be finite and
 * {@code >= 0}, candidate ids unique and non-blank; a map entry for a family that is not a column
 * is rejected as an unknown family. Instances are immutable.
 */
public final class CandidateScores {

  /** Score marker of a family the candidate has not been measured in. */
  public static final int MISSING = Integer.MIN_VALUE;

  private final String[] families;
  private final String[] ids;
  private final int[] scores;
  private final double[] sems;
  private final ReportingScale scale;

  private CandidateScores(
      String[] families, String[] ids, int[] scores, double[] sems, ReportingScale scale) {
    this.families = families;
    this.ids = ids;
    this.scores = scores;
    this.sems = sems;
    this.scale = scale;
  }

  /**
   * A builder on the standard scale.
   *
   * @param families the columns, unique non-blank identifiers
   * @return a builder
   */
  public static Builder builder(List<String> families) {
    return new Builder(families, ReportingScale.standard());
  }

  /**
   * A builder on a given scale.
   *
   * @param families the columns, unique non-blank identifiers
   * @param scale the scale scores must lie on
   * @return a builder
   */
  public static Builder builder(List<String> families, ReportingScale scale) {
    return new Builder(families, scale);
  }

  /**
   * The number of candidates.
   *
   * @return row count
   */
  public int size() {
    return ids.length;
  }

  /**
   * The family columns.
   *
   * @return an unmodifiable list
   */
  public List<String> families() {
    return List.of(families);
  }

  /**
   * The id of candidate {@code i} (insertion order).
   *
   * @param i row
   * @return the candidate id
   */
  public String id(int i) {
    return ids[i];
  }

  /**
   * The score of candidate {@code i} in family column {@code f}.
   *
   * @param i row
   * @param f column
   * @return the score or {@link #MISSING}
   */
  public int score(int i, int f) {
    return scores[i * families.length + f];
  }

  /**
   * The SEM of candidate {@code i} in family column {@code f} (0 if missing).
   *
   * @param i row
   * @param f column
   * @return the SEM
   */
  public double sem(int i, int f) {
    return sems[i * families.length + f];
  }

  /**
   * A copy in which some candidates' scores are replaced, the same candidates in the same rows: for
   * a snapshot in which a few candidates got new results. Cost: one copy of the score arrays,
   * O(n·f), and the checks of {@link Builder#add(String, int[], double[])} for the replaced rows
   * only — instead of rebuilding and re-checking every row.
   *
   * @param rows the rows to replace
   * @param rowScores per replaced row, one score per column ({@link #MISSING} for unmeasured)
   * @param rowSems per replaced row, one SEM per column
   * @return the new instance; this one is unchanged
   * @throws IllegalArgumentException for a row out of range, a wrong length or a bad value
   */
  public CandidateScores withRows(int[] rows, int[][] rowScores, double[][] rowSems) {
    int nf = families.length;
    if (rows == null
        || rowScores == null
        || rowSems == null
        || rowScores.length != rows.length
        || rowSems.length != rows.length) {
      throw new IllegalArgumentException("need one score row and one SEM row per replaced row");
    }
    int[] newScores = scores.clone();
    double[] newSems = sems.clone();
    for (int k = 0; k < rows.length; k++) {
      int i = rows[k];
      if (i < 0 || i >= ids.length) {
        throw new IllegalArgumentException("row " + i + " is not in 0.." + (ids.length - 1));
      }
      if (rowScores[k] == null
          || rowSems[k] == null
          || rowScores[k].length != nf
          || rowSems[k].length != nf) {
        throw new IllegalArgumentException(
            "candidate '" + ids[i] + "' needs " + nf + " scores and " + nf + " SEMs");
      }
      for (int f = 0; f < nf; f++) {
        int score = rowScores[k][f];
        if (score != MISSING && !valid(scale, score, rowSems[k][f])) {
          scale.requireOnScale(
              score, "score of family '" + families[f] + "' for candidate '" + ids[i] + "'");
          Arguments.nonNegative(
              rowSems[k][f], "SEM of family '" + families[f] + "' for candidate '" + ids[i] + "'");
        }
        newScores[i * nf + f] = score;
        newSems[i * nf + f] = score == MISSING ? 0 : rowSems[k][f];
      }
    }
    return new CandidateScores(families, ids, newScores, newSems, scale);
  }

  private static boolean valid(ReportingScale scale, int score, double sem) {
    return score >= scale.minimum() && score <= scale.maximum() && Double.isFinite(sem) && sem >= 0;
  }

  String[] unsafeIds() {
    return ids;
  }

  int[] unsafeScores() {
    return scores;
  }

  double[] unsafeSems() {
    return sems;
  }

  int columnOf(String family) {
    for (int f = 0; f < families.length; f++) {
      if (families[f].equals(family)) {
        return f;
      }
    }
    return -1;
  }

  /** Collects candidates row by row; not thread-safe. */
  public static final class Builder {

    private final String[] families;
    private final Map<String, Integer> columns = new HashMap<>();
    private final ReportingScale scale;
    private final Set<String> seen = new HashSet<>();
    private String[] ids = new String[16];
    private int[] scores;
    private double[] sems;
    private int size;

    private Builder(List<String> families, ReportingScale scale) {
      if (families == null || families.isEmpty()) {
        throw new IllegalArgumentException("need at least one family column but got " + families);
      }
      if (scale == null) {
        throw new IllegalArgumentException("scale must not be null");
      }
      this.families = families.toArray(new String[0]);
      for (int f = 0; f < this.families.length; f++) {
        String family = Arguments.nonBlank(this.families[f], "family");
        if (columns.put(family, f) != null) {
          throw new IllegalArgumentException("duplicate family column '" + family + "'");
        }
      }
      this.scale = scale;
      this.scores = new int[16 * this.families.length];
      this.sems = new double[16 * this.families.length];
    }

    /**
     * Adds a candidate from a passport map; families absent from the map are missing.
     *
     * @param id candidate id, unique
     * @param passport family → score (families must be columns)
     * @return this builder
     * @throws IllegalArgumentException naming an unknown family, a duplicate id or a bad score
     */
    public Builder add(String id, Map<String, FamilyScore> passport) {
      if (passport == null) {
        throw new IllegalArgumentException("passport of candidate '" + id + "' is null");
      }
      int[] row = new int[families.length];
      double[] rowSem = new double[families.length];
      Arrays.fill(row, MISSING);
      for (Map.Entry<String, FamilyScore> e : passport.entrySet()) {
        Integer f = columns.get(e.getKey());
        if (f == null) {
          throw new IllegalArgumentException(
              "unknown family '"
                  + e.getKey()
                  + "' for candidate '"
                  + id
                  + "'; the columns are "
                  + List.of(families));
        }
        FamilyScore s = e.getValue();
        if (s == null) {
          throw new IllegalArgumentException(
              "score of family '" + e.getKey() + "' for candidate '" + id + "' is null");
        }
        row[f] = s.score();
        rowSem[f] = s.sem();
      }
      return add(id, row, rowSem);
    }

    /**
     * Adds a candidate from arrays aligned with the family columns.
     *
     * @param id candidate id, unique
     * @param rowScores one score per column, {@link #MISSING} for an unmeasured family
     * @param rowSems one SEM per column (ignored where the score is missing)
     * @return this builder
     * @throws IllegalArgumentException naming a duplicate id, a wrong length or a bad value
     */
    public Builder add(String id, int[] rowScores, double[] rowSems) {
      Arguments.nonBlank(id, "candidate id");
      int nf = families.length;
      if (rowScores == null || rowSems == null || rowScores.length != nf || rowSems.length != nf) {
        throw new IllegalArgumentException(
            "candidate '" + id + "' needs " + nf + " scores and " + nf + " SEMs");
      }
      for (int f = 0; f < nf; f++) {
        // The messages are built only for a bad value: 100,000 rows would otherwise build 1.2
        // million strings to throw none of them away.
        if (rowScores[f] != MISSING && !valid(scale, rowScores[f], rowSems[f])) {
          scale.requireOnScale(
              rowScores[f], "score of family '" + families[f] + "' for candidate '" + id + "'");
          Arguments.nonNegative(
              rowSems[f], "SEM of family '" + families[f] + "' for candidate '" + id + "'");
        }
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate candidate id '" + id + "'");
      }
      if (size == ids.length) {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        scores = Arrays.copyOf(scores, capacity * nf);
        sems = Arrays.copyOf(sems, capacity * nf);
      }
      ids[size] = id;
      for (int f = 0; f < nf; f++) {
        scores[size * nf + f] = rowScores[f];
        sems[size * nf + f] = rowScores[f] == MISSING ? 0 : rowSems[f];
      }
      size++;
      return this;
    }

    /**
     * The collected candidates.
     *
     * @return an immutable snapshot
     */
    public CandidateScores build() {
      int nf = families.length;
      return new CandidateScores(
          families.clone(),
          Arrays.copyOf(ids, size),
          Arrays.copyOf(scores, size * nf),
          Arrays.copyOf(sems, size * nf),
          scale);
    }
  }
}
