package io.skillspassport.web.site;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilySummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code assessments.xhtml}: the six families and which have a sample takeable today. */
@Named
@RequestScoped
public class AssessmentCatalogueView {

  @Inject AssessmentFamilies families;

  private List<FamilySummary> catalogue;

  @PostConstruct
  void load() {
    catalogue = families.catalogue();
  }

  public List<FamilySummary> getFamilies() {
    return catalogue;
  }
}
