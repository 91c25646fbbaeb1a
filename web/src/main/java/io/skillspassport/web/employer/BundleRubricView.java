package io.skillspassport.web.employer;

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

/**
 * Backs {@code employer/bundle-rubric.xhtml}: the rubric a bundle rates an exercise on, in a form;
 * saving makes (or extends) the bundle's own version, which its ratings use from then on.
 */
@Named
@ViewScoped
public class BundleRubricView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Rubrics rubrics;

  private long bundle;
  private String kind;
  private RubricView current;
  private RubricForm form = new RubricForm();

  public void load() {
    current = rubrics.forBundle(bundle, kind);
    form = RubricForm.of(current);
  }

  /** Adds an empty criterion at the end of the form. */
  public void addCriterion() {
    form.addCriterion();
  }

  /** Saves the form as the bundle's next rubric version. */
  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      current = rubrics.adaptForBundle(bundle, kind, form.draft());
      form = RubricForm.of(current);
      String text =
          faces
              .getApplication()
              .getResourceBundle(faces, "employerMsg")
              .getString("bundleRubric.saved");
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, MessageFormat.format(text, current.number()), null));
    } catch (IllegalArgumentException | Conflict e) {
      faces.addMessage(
          "rubric-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public long getBundle() {
    return bundle;
  }

  public void setBundle(long bundle) {
    this.bundle = bundle;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public RubricView getCurrent() {
    return current;
  }

  public RubricForm getForm() {
    return form;
  }
}
