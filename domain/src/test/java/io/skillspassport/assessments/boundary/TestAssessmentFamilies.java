package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import jakarta.persistence.EntityManager;

/** Builds the {@link AssessmentFamilies} boundary outside a container, for other components. */
public final class TestAssessmentFamilies {

  private TestAssessmentFamilies() {}

  public static AssessmentFamilies of(EntityManager em, Caller caller, Guard guard) {
    AssessmentFamilies families = new AssessmentFamilies();
    families.store = new FamilyStore(em);
    families.guard = guard;
    families.log =
        io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
    return families;
  }
}
