package io.skillspassport.web.admin;

import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RoleAdminSummary;
import io.skillspassport.roles.boundary.RoleAdministration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs {@code admin/roles.xhtml}: every role with its published version and open draft, and the
 * form that creates a role (which then opens in the editor).
 */
@Named
@RequestScoped
public class RoleListView {

  @Inject RoleAdministration roles;

  @Inject FacesContext faces;

  private List<RoleAdminSummary> overview;
  private String newSlug;
  private String newTitle;

  @PostConstruct
  void load() {
    overview = roles.overview();
  }

  /** Creates the role and opens its draft in the editor. */
  public void create() throws IOException {
    try {
      var draft = roles.create(newSlug, newTitle);
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/admin/role-editor?slug="
                  + URLEncoder.encode(draft.slug(), StandardCharsets.UTF_8));
    } catch (Rejected e) {
      for (Problem p : e.problems()) {
        faces.addMessage(
            "create:" + ("title".equals(p.field()) ? "newTitle" : "newSlug"),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
      }
    }
  }

  public List<RoleAdminSummary> getRoles() {
    return overview;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }
}
