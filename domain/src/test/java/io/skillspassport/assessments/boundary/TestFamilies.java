package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import jakarta.persistence.EntityManager;

/**
 * Builds the {@link AssessmentFamilies} boundary outside a container, for other components' tests:
 * the family catalogue read from {@code em} (its admin use cases are not wired).
 */
public final class TestFamilies {

  private TestFamilies() {}

  public static AssessmentFamilies of(EntityManager em) {
    AssessmentFamilies families = new AssessmentFamilies();
    families.store = new FamilyStore(em);
    return families;
  }
}
