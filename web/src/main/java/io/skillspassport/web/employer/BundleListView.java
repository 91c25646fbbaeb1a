package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.BundleSummary;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RolePage;
import io.skillspassport.roles.boundary.Roles;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code employer/bundles.xhtml}: the organisation's bundles, and a form that starts a new
 * one from a published role's weights or one of its presets.
 */
@Named
@ViewScoped
public class BundleListView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Bundles bundles;

  @Inject Roles roles;

  private List<BundleSummary> list = List.of();
  private List<StartingPoint> startingPoints = List.of();
  private String organisationName = "";
  private String name;
  private String startFrom;

  /** A role (and optionally one of its presets) a bundle can start from. */
  public record StartingPoint(String value, String label) implements Serializable {}

  public void load() {
    list = bundles.list();
    organisationName = bundles.organisationName();
    ResourceBundle text = employerText();
    List<StartingPoint> points = new ArrayList<>();
    roles
        .catalogue()
        .forEach(
            role -> {
              points.add(
                  new StartingPoint(
                      role.slug(),
                      role.title() + " — " + text.getString("bundles.create.published")));
              roles
                  .page(role.slug())
                  .map(RolePage::presets)
                  .orElse(List.of())
                  .forEach(
                      p ->
                          points.add(
                              new StartingPoint(
                                  role.slug() + "|" + p.key(),
                                  role.title()
                                      + " — "
                                      + text.getString("bundles.create.preset")
                                      + ": "
                                      + p.name())));
            });
    startingPoints = points;
  }

  /** Creates the bundle and opens its editor. */
  public String create() {
    if (startFrom == null || startFrom.isBlank()) {
      return null;
    }
    String[] parts = startFrom.split("\\|", 2);
    try {
      long id = bundles.create(parts[0], name, parts.length > 1 ? parts[1] : null);
      return "/employer/bundle.xhtml?faces-redirect=true&id=" + id;
    } catch (Rejected invalid) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "create:name",
              new FacesMessage(FacesMessage.SEVERITY_ERROR, invalid.getMessage(), null));
      return null;
    }
  }

  public String when(Instant instant) {
    return when(instant, WHEN);
  }

  static String when(Instant instant, DateTimeFormatter format) {
    return instant == null ? "" : format.format(instant);
  }

  static ResourceBundle employerText() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "employerMsg");
  }

  /** The employer's organisation by name. */
  public String getOrganisation() {
    return organisationName;
  }

  public List<BundleSummary> getList() {
    return list;
  }

  public List<StartingPoint> getStartingPoints() {
    return startingPoints;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStartFrom() {
    return startFrom;
  }

  public void setStartFrom(String startFrom) {
    this.startFrom = startFrom;
  }
}
