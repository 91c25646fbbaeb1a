package io.skillspassport.web.admin;

import io.skillspassport.exercises.boundary.RubricConflict;
import io.skillspassport.exercises.boundary.RubricDraft;
import io.skillspassport.exercises.boundary.RubricView;
import io.skillspassport.exercises.boundary.Rubrics;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
  private int basedOnNumber;
  private String title;
  private String description;
  private List<EditableCriterion> criteria = new ArrayList<>();
  private List<RubricView> versions = List.of();

  /** A criterion as the form edits it: the five anchors are a mutable list bound by index. */
  public static final class EditableCriterion implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private String name;
    private String description;
    private final List<String> levels;

    EditableCriterion(String code, String name, String description, List<String> levels) {
      this.code = code;
      this.name = name;
      this.description = description;
      this.levels = new ArrayList<>(levels);
    }

    public String getCode() {
      return code;
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

    public List<String> getLevels() {
      return levels;
    }
  }

  public void load() throws IOException {
    try {
      versions = rubrics.history(kind);
    } catch (IllegalArgumentException unknown) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, unknown.getMessage());
      faces.responseComplete();
      return;
    }
    fill(versions.get(0));
  }

  private void fill(RubricView newest) {
    basedOnNumber = newest.number();
    title = newest.title();
    description = newest.description();
    criteria = new ArrayList<>();
    for (RubricView.Criterion c : newest.criteria()) {
      criteria.add(new EditableCriterion(c.code(), c.name(), c.description(), c.levels()));
    }
  }

  /** Adds an empty criterion at the end of the form. */
  public void addCriterion() {
    criteria.add(new EditableCriterion("", "", "", List.of("", "", "", "", "")));
  }

  /** Saves the form as the next version. */
  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<RubricView.Criterion> drafted =
        criteria.stream()
            .filter(c -> !(blank(c.getName()) && c.getLevels().stream().allMatch(this::blank)))
            .map(
                c ->
                    new RubricView.Criterion(
                        c.getCode(), c.getName(), c.getDescription(), c.getLevels()))
            .toList();
    try {
      RubricView saved =
          rubrics.revise(kind, new RubricDraft(basedOnNumber, title, description, drafted));
      versions = rubrics.history(kind);
      fill(saved);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              java.text.MessageFormat.format(
                  faces
                      .getApplication()
                      .getResourceBundle(faces, "adminMsg")
                      .getString("rubrics.editor.saved"),
                  saved.number()),
              null));
    } catch (IllegalArgumentException | RubricConflict e) {
      faces.addMessage(
          "rubric-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  private boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** 0..4, to bind the five anchors by index. */
  public List<Integer> getLevelIndexes() {
    return IntStream.range(0, 5).boxed().toList();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public int getBasedOnNumber() {
    return basedOnNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<EditableCriterion> getCriteria() {
    return criteria;
  }

  public List<RubricView> getVersions() {
    return versions;
  }
}
