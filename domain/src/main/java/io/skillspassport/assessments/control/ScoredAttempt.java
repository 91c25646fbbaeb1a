package io.skillspassport.assessments.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One finished attempt as item statistics and calibration see it: the items it served and the
 * scored response to each answered one, keyed by item code (the code is the item's identity across
 * content versions, whose content is the same).
 *
 * @param served codes of the items the attempt served (answered or not)
 * @param scored scored response by item code, in answer order (0/1 for a right/wrong item, the
 *     option's category for a graded item)
 * @param pretest the code of the attempt's unscored pretest item, if it had one
 */
public record ScoredAttempt(
    Set<String> served, Map<String, Integer> scored, Optional<String> pretest) {

  /** Copies (answer order kept). */
  public ScoredAttempt {
    served = Set.copyOf(served);
    scored = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scored));
  }
}
