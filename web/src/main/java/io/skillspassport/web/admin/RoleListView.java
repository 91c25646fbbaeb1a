package io.skillspassport.web.admin;

import io.skillspassport.roles.boundary.RoleAdminSummary;
import io.skillspassport.roles.boundary.RoleAdministration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code admin/roles.xhtml}: every role with its published version and open draft. */
@Named
@RequestScoped
public class RoleListView {

  @Inject RoleAdministration roles;

  private List<RoleAdminSummary> overview;

  @PostConstruct
  void load() {
    overview = roles.overview();
  }

  public List<RoleAdminSummary> getRoles() {
    return overview;
  }
}
