package io.skillspassport.web.site;

import io.skillspassport.roles.boundary.RoleSummary;
import io.skillspassport.roles.boundary.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code roles.xhtml}: the published roles. */
@Named
@RequestScoped
public class RoleCatalogueView {

  @Inject Roles roles;

  private List<RoleSummary> catalogue;

  @PostConstruct
  void load() {
    catalogue = roles.catalogue();
  }

  public List<RoleSummary> getRoles() {
    return catalogue;
  }
}
