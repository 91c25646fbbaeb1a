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

  /** Adaptive delivery: the minimum operational length (migration V13 defaults: 8). */
  @Column(name = "cat_min_items", nullable = false)
  private int catMinItems = 8;

  /** Adaptive delivery: the maximum operational length (default 30). */
  @Column(name = "cat_max_items", nullable = false)
  private int catMaxItems = 30;

  /** Adaptive delivery: stop once the posterior SD is at most this (default 0.30, SEM 22.5). */
  @Column(name = "cat_target_se", nullable = false)
  private double catTargetSe = 0.30;

  /** Adaptive delivery: the attempt closes this many minutes after it starts (default 45). */
  @Column(name = "time_limit_minutes", nullable = false)
  private int timeLimitMinutes = 45;

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

  /** The family's adaptive delivery settings. */
  public DeliverySettings delivery() {
    return new DeliverySettings(catMinItems, catMaxItems, catTargetSe, timeLimitMinutes);
  }

  /** Changes the adaptive delivery settings. */
  public void deliverWith(DeliverySettings settings) {
    this.catMinItems = settings.minItems();
    this.catMaxItems = settings.maxItems();
    this.catTargetSe = settings.targetSe();
    this.timeLimitMinutes = settings.timeLimitMinutes();
  }

  public void describe(String name, String description, boolean sampleAvailable) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.sampleAvailable = sampleAvailable;
  }
}
