package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The assessment catalogue, open to everyone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentFamilies {

  @Inject FamilyStore store;

  /** The families in display order. */
  public List<FamilySummary> catalogue() {
    return store.all().stream()
        .map(
            f ->
                new FamilySummary(
                    f.code(), f.slug(), f.name(), f.description(), f.sampleAvailable()))
        .toList();
  }
}
