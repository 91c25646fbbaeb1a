package io.skillspassport.assessments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * One of the assessment families a passport holds a score for (Cognitive Reasoning, Python
 * Fundamentals, ...). The {@link #code()} is the stable identifier used by weights, passports and
 * the scoring module; name and description are editable content.
 */
@Entity
@Table(name = "assessment_family")
public class AssessmentFamily {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Pattern(regexp = "[A-Z][A-Z_]*", message = "A family code is upper case with underscores")
  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @NotBlank(message = "A family needs a URL slug")
  @Column(nullable = false, unique = true)
  private String slug;

  @NotBlank(message = "A family needs a name")
  @Column(nullable = false)
  private String name;

  @NotBlank(message = "A family needs a description")
  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "sample_available", nullable = false)
  private boolean sampleAvailable;

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  @Version private long version;

  protected AssessmentFamily() {}

  public AssessmentFamily(
      String code,
      String slug,
      String name,
      String description,
      boolean sampleAvailable,
      int displayOrder) {
    this.code = Objects.requireNonNull(code, "code");
    this.slug = Objects.requireNonNull(slug, "slug");
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.sampleAvailable = sampleAvailable;
    this.displayOrder = displayOrder;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean sampleAvailable() {
    return sampleAvailable;
  }

  public int displayOrder() {
    return displayOrder;
  }

  public long version() {
    return version;
  }

  public void describe(String name, String description, boolean sampleAvailable) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.sampleAvailable = sampleAvailable;
  }
}
