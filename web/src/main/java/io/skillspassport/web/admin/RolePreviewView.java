package io.skillspassport.web.admin;

import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RolePage;
import io.skillspassport.web.site.RolePageFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code admin/role-preview.xhtml?slug=}: the saved draft of a role rendered with the public
 * page's sections ({@code WEB-INF/includes/role-body.xhtml}), before anyone else can see it.
 */
@Named
@RequestScoped
public class RolePreviewView extends RolePageFigures {

  @Inject RoleAdministration roles;

  @Inject FacesContext faces;

  private String slug;
  private RolePage page;

  /** Loads the draft of the role named by {@code slug}; answers 404 for an unknown role. */
  public void load() {
    page = roles.preview(slug);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  @Override
  public RolePage getPage() {
    return page;
  }
}
