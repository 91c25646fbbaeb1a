package io.skillspassport.web.admin;

import io.skillspassport.organisations.boundary.OrganisationSummary;
import io.skillspassport.organisations.boundary.Organisations;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/organisations.xhtml}: the employer organisations, a form per organisation to
 * rename and describe it, and one to create an organisation. Members are not kept here: Keycloak's
 * {@code organisation} user attribute decides who belongs where.
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Organisations organisations;

  private List<Row> rows = new ArrayList<>();
  private String newSlug;
  private String newName;
  private String newDescription;

  /** Loads the organisations when the page opens. */
  public void load() {
    rows = new ArrayList<>(organisations.overview().stream().map(Row::new).toList());
  }

  public void create() {
    try {
      var created = organisations.create(newSlug, newName, newDescription);
      newSlug = null;
      newName = null;
      newDescription = null;
      load();
      Messages.addGlobalInfo(text("organisations.created").formatted(created.name()));
    } catch (Rejected e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "create:"
                  + switch (e.field()) {
                    case "name" -> "newName";
                    case "description" -> "newDescription";
                    default -> "newSlug";
                  },
              new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public void rename(Row row) {
    organisations.rename(row.getSlug(), row.getVersion(), row.getName(), row.getDescription());
    load();
    Messages.addGlobalInfo(text("organisations.saved").formatted(row.getName()));
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg").getString(key);
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }

  /** One organisation in its rename form. */
  public static class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String slug;
    private final long version;
    private final int activeShares;
    private String name;
    private String description;

    Row(OrganisationSummary o) {
      this.slug = o.slug();
      this.version = o.version();
      this.activeShares = o.activeShares();
      this.name = o.name();
      this.description = o.description();
    }

    public String getSlug() {
      return slug;
    }

    public long getVersion() {
      return version;
    }

    public int getActiveShares() {
      return activeShares;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }
}
