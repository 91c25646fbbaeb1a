package io.skillspassport.bundles.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One candidate in a comparison. Composite, band and probability are null for an incomplete
 * passport (a required family missing) — never replaced by a number.
 *
 * @param candidate the candidate's user name (unique; what the pages link and pick by)
 * @param candidateName the display name the candidate shared under (issue 16), the user name when
 *     none is known
 * @param band90Low lower end of the composite's 90% band
 * @param failedMinimums family codes below their minimum
 * @param missingFamilies required family codes without a current result
 * @param scores every current family score with its provenance and items administered, in the
 *     portal's family order
 */
public record ComparisonRow(
    int rank,
    String candidate,
    String candidateName,
    String verdict,
    Double composite,
    Double band90Low,
    Double band90High,
    Double probabilityClears,
    List<String> failedMinimums,
    List<String> missingFamilies,
    List<ScoreBasis> scores)
    implements Serializable {

  /** A row known by the user name only, until {@link #named} gives it the display name. */
  public ComparisonRow(
      int rank,
      String candidate,
      String verdict,
      Double composite,
      Double band90Low,
      Double band90High,
      Double probabilityClears,
      List<String> failedMinimums,
      List<String> missingFamilies,
      List<ScoreBasis> scores) {
    this(
        rank,
        candidate,
        candidate,
        verdict,
        composite,
        band90Low,
        band90High,
        probabilityClears,
        failedMinimums,
        missingFamilies,
        scores);
  }

  public ComparisonRow {
    candidateName = candidateName == null || candidateName.isBlank() ? candidate : candidateName;
    failedMinimums = List.copyOf(failedMinimums);
    missingFamilies = List.copyOf(missingFamilies);
    scores = List.copyOf(scores);
  }

  /** This row with the candidate's display name from {@code names} (user name → name), if there. */
  public ComparisonRow named(Map<String, String> names) {
    return new ComparisonRow(
        rank,
        candidate,
        names.getOrDefault(candidate, candidate),
        verdict,
        composite,
        band90Low,
        band90High,
        probabilityClears,
        failedMinimums,
        missingFamilies,
        scores);
  }

  public boolean complete() {
    return composite != null;
  }
}
