package io.skillspassport.exercises.boundary;

import io.skillspassport.platform.boundary.Conflict;
import java.util.List;

/**
 * What a rubric editor saves as a new version.
 *
 * @param basedOnNumber the version the editor started from; a save is refused with {@link Conflict}
 *     when another version was saved since
 */
public record RubricDraft(
    int basedOnNumber, String title, String description, List<RubricView.Criterion> criteria) {

  public RubricDraft {
    criteria = List.copyOf(criteria);
  }
}
