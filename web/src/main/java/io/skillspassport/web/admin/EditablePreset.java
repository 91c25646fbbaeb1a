package io.skillspassport.web.admin;

import java.io.Serializable;
import java.util.List;

/** A weight preset in the role editor: key, name, description and a weight per family. */
public class EditablePreset implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private String name;
  private String description;
  private final List<EditableWeight> weights;
  private String problem;

  EditablePreset(String key, String name, String description, List<EditableWeight> weights) {
    this.key = key;
    this.name = name;
    this.description = description;
    this.weights = weights;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
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

  public List<EditableWeight> getWeights() {
    return weights;
  }

  /** The problem the last save found with this entry, null when there was none. */
  public String getProblem() {
    return problem;
  }

  void setProblem(String problem) {
    this.problem = problem;
  }
}
