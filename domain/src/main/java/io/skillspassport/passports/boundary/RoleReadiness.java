package io.skillspassport.passports.boundary;

import io.skillspassport.scoring.readiness.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The caller's readiness for one published role.
 *
 * @param roleSlug the role's slug
 * @param roleTitle the title of its newest published version
 * @param roleVersion that version's number
 * @param threshold the readiness threshold T
 * @param verdict READY, BORDERLINE, NOT_YET, or INCOMPLETE when a weighted family is missing
 * @param composite the composite with its uncertainty; empty when incomplete
 * @param missing the weighted families the passport lacks (empty when complete)
 */
public record RoleReadiness(
    String roleSlug,
    String roleTitle,
    int roleVersion,
    int threshold,
    Verdict verdict,
    Optional<ReadinessComposite> composite,
    List<MissingFamily> missing) {

  public RoleReadiness {
    missing = List.copyOf(missing);
  }

  public boolean complete() {
    return composite.isPresent();
  }

  /** Whether a sample assessment exists for at least one missing family. */
  public boolean anySampleAvailable() {
    return missing.stream().anyMatch(MissingFamily::sampleAvailable);
  }
}
