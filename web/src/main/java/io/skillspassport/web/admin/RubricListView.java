package io.skillspassport.web.admin;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.exercises.boundary.RubricView;
import io.skillspassport.exercises.boundary.Rubrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code admin/rubrics.xhtml}: the portal's exercise rubrics, newest versions. */
@Named
@RequestScoped
public class RubricListView {

  @Inject Rubrics rubrics;

  @Inject AuditTrail audit;

  private List<RubricView> list;

  @PostConstruct
  void load() {
    audit.requireAdmin("the rubric list");
    list = rubrics.published();
  }

  public List<RubricView> getList() {
    return list;
  }
}
