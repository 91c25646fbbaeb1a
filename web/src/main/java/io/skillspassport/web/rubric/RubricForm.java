package io.skillspassport.web.rubric;

import io.skillspassport.exercises.boundary.RubricDraft;
import io.skillspassport.exercises.boundary.RubricView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A rubric as a form edits it: title, description and criteria whose five anchors are a mutable
 * list bound by index. Filled from a {@link RubricView}, turned into a {@link RubricDraft}.
 */
public final class RubricForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private int basedOnNumber;
  private String title;
  private String description;
  private List<EditableCriterion> criteria = new ArrayList<>();

  /** A criterion of the form. */
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

    boolean isEmpty() {
      return blank(name) && levels.stream().allMatch(RubricForm::blank);
    }
  }

  /** The form filled with one version of a rubric. */
  public static RubricForm of(RubricView version) {
    RubricForm form = new RubricForm();
    form.basedOnNumber = version.number();
    form.title = version.title();
    form.description = version.description();
    for (RubricView.Criterion c : version.criteria()) {
      form.criteria.add(new EditableCriterion(c.code(), c.name(), c.description(), c.levels()));
    }
    return form;
  }

  /** Adds an empty criterion at the end. */
  public void addCriterion() {
    criteria.add(new EditableCriterion("", "", "", List.of("", "", "", "", "")));
  }

  /** The draft to save; criteria left completely empty are dropped. */
  public RubricDraft draft() {
    return new RubricDraft(
        basedOnNumber,
        title,
        description,
        criteria.stream()
            .filter(c -> !c.isEmpty())
            .map(
                c ->
                    new RubricView.Criterion(
                        c.getCode(), c.getName(), c.getDescription(), c.getLevels()))
            .toList());
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** 0..4, to bind the five anchors by index. */
  public List<Integer> getLevelIndexes() {
    return IntStream.range(0, 5).boxed().toList();
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
}
