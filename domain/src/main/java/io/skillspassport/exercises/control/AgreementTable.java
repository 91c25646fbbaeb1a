package io.skillspassport.exercises.control;

import io.skillspassport.exercises.entity.ExerciseRating;
import io.skillspassport.scoring.agreement.Ratings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the current ratings of one criterion into the scoring module's candidates × raters table. A
 * candidate is a unit, an interviewer a rater; a rater who did not rate a candidate leaves the cell
 * missing (Krippendorff's α allows that, the intraclass correlations need a full table).
 */
public final class AgreementTable {

  private AgreementTable() {}

  /**
   * The table of one criterion.
   *
   * @param ratings current ratings, any order; other criteria are ignored
   * @param criterion the criterion code
   * @return candidates (sorted) × raters (sorted); empty when fewer than two raters rated
   */
  public static Optional<Ratings> of(List<ExerciseRating> ratings, String criterion) {
    Map<String, Map<String, Integer>> byCandidate = new TreeMap<>();
    TreeSet<String> raters = new TreeSet<>();
    for (ExerciseRating r : ratings) {
      if (r.criterion().equals(criterion)) {
        byCandidate.computeIfAbsent(r.candidate(), c -> new TreeMap<>()).put(r.rater(), r.level());
        raters.add(r.rater());
      }
    }
    if (raters.size() < 2 || byCandidate.isEmpty()) {
      return Optional.empty();
    }
    List<String> raterList = new ArrayList<>(raters);
    double[][] table = new double[byCandidate.size()][raterList.size()];
    int u = 0;
    for (Map<String, Integer> row : byCandidate.values()) {
      for (int j = 0; j < raterList.size(); j++) {
        Integer level = row.get(raterList.get(j));
        table[u][j] = level == null ? Double.NaN : level;
      }
      u++;
    }
    return Optional.of(Ratings.of(table));
  }
}
