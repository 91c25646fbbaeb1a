package io.skillspassport.web.admin;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilySummary;
import io.skillspassport.imports.boundary.EngineSummary;
import io.skillspassport.imports.boundary.Engines;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code admin/engines.xhtml}: the registered assessment engines with their equating tables,
 * a form to upload an engine's table, and one to register an engine. (One upload form with the
 * engine chosen in it rather than a form per engine: Mojarra keeps a form's "submitted" flag per
 * component, not per row of a {@code ui:repeat}, so a form in a repeat updates its fields only when
 * it is the last row.)
 */
@Named
@ViewScoped
public class EnginesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Engines engines;

  @Inject AssessmentFamilies families;

  private List<EngineSummary> rows = new ArrayList<>();
  private List<FamilySummary> familyOptions = new ArrayList<>();
  private String name;
  private String clientId;
  private String scale;
  private List<String> selectedFamilies = new ArrayList<>();
  private String method = "linear";
  private String tableText;
  private String linkingError;
  private Long engineId;

  /** Loads the engines when the page opens. */
  public void load() {
    rows = new ArrayList<>(engines.overview());
    familyOptions = new ArrayList<>(families.catalogue());
  }

  public void register() {
    try {
      EngineSummary created = engines.register(name, clientId, scale, selectedFamilies);
      name = null;
      clientId = null;
      scale = null;
      selectedFamilies = new ArrayList<>();
      load();
      message(
          null, FacesMessage.SEVERITY_INFO, text("engines.registered").formatted(created.name()));
    } catch (Rejected e) {
      message("register:" + e.field(), FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void upload() {
    if (engineId == null) {
      message(null, FacesMessage.SEVERITY_ERROR, "Choose the engine the table is for");
      return;
    }
    double error;
    try {
      error = Double.parseDouble(linkingError == null ? "" : linkingError.strip());
    } catch (NumberFormatException notNumber) {
      message(
          null,
          FacesMessage.SEVERITY_ERROR,
          "The linking error is a number >= 0 in scale points; was '" + linkingError + "'");
      return;
    }
    EngineSummary updated = engines.uploadTable(engineId, method, tableText, error);
    tableText = null;
    linkingError = null;
    load();
    message(null, FacesMessage.SEVERITY_INFO, text("engines.uploaded").formatted(updated.name()));
  }

  /** The families of an engine, comma-separated. */
  public String families(EngineSummary engine) {
    return String.join(", ", engine.families());
  }

  /** One line about the engine's table, or that it has none. */
  public String tableSummary(EngineSummary engine) {
    return engine
        .table()
        .map(
            t ->
                text("engines.tableSummary")
                    .formatted(
                        t.method(),
                        t.points(),
                        number(t.minScore()),
                        number(t.maxScore()),
                        number(t.linkingError()),
                        WHEN.format(t.uploadedAt())))
        .orElseGet(() -> text("engines.noTable"));
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg").getString(key);
  }

  public List<EngineSummary> getEngines() {
    return rows;
  }

  public List<FamilySummary> getFamilyOptions() {
    return familyOptions;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public List<String> getSelectedFamilies() {
    return selectedFamilies;
  }

  public void setSelectedFamilies(List<String> selectedFamilies) {
    this.selectedFamilies = selectedFamilies == null ? new ArrayList<>() : selectedFamilies;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getTableText() {
    return tableText;
  }

  public void setTableText(String tableText) {
    this.tableText = tableText;
  }

  public Long getEngineId() {
    return engineId;
  }

  public void setEngineId(Long engineId) {
    this.engineId = engineId;
  }

  public String getLinkingError() {
    return linkingError;
  }

  public void setLinkingError(String linkingError) {
    this.linkingError = linkingError;
  }
}
