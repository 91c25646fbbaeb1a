package io.skillspassport.web.candidate;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilySummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code candidate/passport.xhtml}: the candidate's passport dashboard. */
@Named
@RequestScoped
public class PassportView {

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
