package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The assessment catalogue, open to everyone, and its editing by admins (who alone may call the
 * methods that say so).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentFamilies {

  @Inject FamilyStore store;

  @Inject Guard guard;

  @Inject AuditTrail log;

  /** The families in display order. */
  public List<FamilySummary> catalogue() {
    return familyCatalogue().families();
  }

  /**
   * The families in display order with lookups by code: the one source of a family's name for every
   * component and page.
   */
  public FamilyCatalogue familyCatalogue() {
    return new FamilyCatalogue(
        store.all().stream()
            .map(
                f ->
                    new FamilySummary(
                        f.code(),
                        f.slug(),
                        f.name(),
                        f.description(),
                        f.sampleAvailable(),
                        f.delivery().minItems(),
                        f.delivery().maxItems(),
                        f.delivery().targetSe(),
                        f.delivery().timeLimitMinutes()))
            .toList());
  }

  /** The families in display order with their lock versions; admins only. */
  @Transactional
  public List<FamilyAdminSummary> administration() {
    guard.requireAdmin("the assessment families");
    return store.all().stream().map(AssessmentFamilies::adminSummary).toList();
  }

  /**
   * Changes a family's name, description and whether its sample assessment is offered; admins only.
   * The code, which weights and passports refer to, never changes.
   *
   * @param expectedVersion the version the admin loaded
   * @return the family with its new version: the next change can be sent with it
   * @throws Conflict when the family was changed meanwhile
   * @throws Rejected when the family is unknown, or a text is blank
   */
  @Transactional
  public FamilyAdminSummary describe(
      String code, long expectedVersion, String name, String description, boolean sampleAvailable) {
    guard.requireAdmin("editing assessment family " + code);
    AssessmentFamily family =
        store
            .byCode(code == null ? "" : code)
            .orElseThrow(() -> new Rejected("code", "No assessment family is called " + code));
    if (family.version() != expectedVersion) {
      throw changedMeanwhile(family.name());
    }
    if (name == null || name.isBlank()) {
      throw new Rejected("name", "A family needs a name");
    }
    if (description == null || description.isBlank()) {
      throw new Rejected("description", "A family needs a description");
    }
    String before = family.name();
    family.describe(name.strip(), description.strip(), sampleAvailable);
    try {
      store.flush();
    } catch (OptimisticLockException raced) {
      throw changedMeanwhile(before);
    }
    log.record(
        AuditAction.CONTENT_CHANGED,
        "family " + family.code(),
        "described as " + family.name() + (sampleAvailable ? " (sample offered)" : " (no sample)"));
    return adminSummary(family);
  }

  private static Conflict changedMeanwhile(String name) {
    return new Conflict("Someone else changed " + name + " after you loaded it; reload the page");
  }

  private static FamilyAdminSummary adminSummary(AssessmentFamily f) {
    return new FamilyAdminSummary(
        f.code(), f.slug(), f.name(), f.description(), f.sampleAvailable(), f.version());
  }
}
