package io.skillspassport.web.admin;

import io.skillspassport.exercises.boundary.RubricView;
import io.skillspassport.exercises.boundary.Rubrics;
import io.skillspassport.platform.boundary.Guard;
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

  @Inject Guard guard;

  private List<RubricView> list;

  @PostConstruct
  void load() {
    guard.requireAdmin("the rubric list");
    list = rubrics.published();
  }

  public List<RubricView> getList() {
    return list;
  }
}
