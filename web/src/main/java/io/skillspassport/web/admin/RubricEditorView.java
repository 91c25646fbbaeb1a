package io.skillspassport.web.admin;

import io.skillspassport.exercises.boundary.RubricView;
import io.skillspassport.exercises.boundary.Rubrics;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.web.rubric.RubricForm;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;

/**
 * Backs {@code admin/rubric-editor.xhtml}: the newest version of a portal rubric in a form; saving
 * appends a version (the earlier ones stay, listed below the form). Plain POSTs.
 */
@Named
@ViewScoped
public class RubricEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Rubrics rubrics;

  private String kind;
  private RubricForm form = new RubricForm();
  private List<RubricView> versions = List.of();

  public void load() {
    versions = rubrics.history(kind);
    form = RubricForm.of(versions.get(0));
  }

  /** Adds an empty criterion at the end of the form. */
  public void addCriterion() {
    form.addCriterion();
  }

  /** Saves the form as the next version. */
  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      RubricView saved = rubrics.revise(kind, form.draft());
      versions = rubrics.history(kind);
      form = RubricForm.of(saved);
      String text =
          faces
              .getApplication()
              .getResourceBundle(faces, "adminMsg")
              .getString("rubrics.editor.saved");
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, MessageFormat.format(text, saved.number()), null));
    } catch (IllegalArgumentException | Conflict e) {
      faces.addMessage(
          "rubric-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public RubricForm getForm() {
    return form;
  }

  public List<RubricView> getVersions() {
    return versions;
  }
}
