package io.skillspassport.bundles.entity;

import io.skillspassport.platform.boundary.Rejected;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A supplemental exercise the employer runs besides the assessments: a paper-reading session, a
 * research-design exercise, a deep-dive interview on past projects.
 */
@Embeddable
public class BundleExercise {

  @Column(nullable = false, updatable = false, length = 80)
  private String kind;

  @Column(nullable = false, updatable = false, length = 200)
  private String name;

  @Column(nullable = false, updatable = false, length = 4000)
  private String description;

  protected BundleExercise() {}

  public BundleExercise(String kind, String name, String description) {
    if (name == null || name.isBlank()) {
      throw new Rejected("exercises", "An exercise needs a name");
    }
    if (name.strip().length() > 200) {
      throw new Rejected("exercises", "An exercise name has at most 200 characters");
    }
    this.kind = kind == null || kind.isBlank() ? "exercise" : kind.strip();
    this.name = name.strip();
    this.description = Objects.requireNonNullElse(description, "").strip();
    if (this.description.length() > 4000 || this.kind.length() > 80) {
      throw new Rejected("exercises", "An exercise description has at most 4000 characters");
    }
  }

  public String kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }
}
