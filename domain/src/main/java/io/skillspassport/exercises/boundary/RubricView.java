package io.skillspassport.exercises.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One version of a rubric as pages show it.
 *
 * @param kind the exercise kind, e.g. {@code RESEARCH_DESIGN}
 * @param scope {@code portal} or {@code bundle:ID}
 * @param number the version number
 * @param latestNumber the newest version number of this rubric
 * @param basedOn what this version was derived from
 */
public record RubricView(
    String kind,
    String scope,
    int number,
    int latestNumber,
    String title,
    String description,
    List<Criterion> criteria,
    String basedOn,
    String savedBy,
    Instant savedAt)
    implements Serializable {

  public RubricView {
    criteria = List.copyOf(criteria);
  }

  /** Whether this is the portal's rubric rather than a bundle's own. */
  public boolean portal() {
    return "portal".equals(scope);
  }

  /**
   * A criterion with its five level anchors.
   *
   * @param levels anchors of levels 1..5 in order
   */
  public record Criterion(String code, String name, String description, List<String> levels)
      implements Serializable {

    public Criterion {
      levels = List.copyOf(levels);
    }
  }
}
