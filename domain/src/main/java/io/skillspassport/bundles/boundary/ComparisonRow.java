package io.skillspassport.bundles.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One candidate in a comparison. Composite, band and probability are null for an incomplete
 * passport (a required family missing) — never replaced by a number.
 *
 * @param band90Low lower end of the composite's 90% band
 * @param failedMinimums family codes below their minimum
 * @param missingFamilies required family codes without a current result
 * @param scores every current family score with its provenance and items administered, in the
 *     portal's family order
 */
public record ComparisonRow(
    int rank,
    String candidate,
    String verdict,
    Double composite,
    Double band90Low,
    Double band90High,
    Double probabilityClears,
    List<String> failedMinimums,
    List<String> missingFamilies,
    List<ScoreBasis> scores)
    implements Serializable {

  public ComparisonRow {
    failedMinimums = List.copyOf(failedMinimums);
    missingFamilies = List.copyOf(missingFamilies);
    scores = List.copyOf(scores);
  }

  public boolean complete() {
    return composite != null;
  }
}
