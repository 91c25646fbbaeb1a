package io.skillspassport.exercises.entity;

import io.skillspassport.platform.boundary.Rejected;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One saved state of a rubric, never changed after it is written: title, description and the
 * criteria with their level anchors, and what it was based on (e.g. "portal rubric v2").
 */
@Entity
@Table(name = "rubric_version")
public class RubricVersion {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "rubric_id", nullable = false, updatable = false)
  private Rubric rubric;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false, length = 200)
  private String title;

  @Column(nullable = false, updatable = false, length = 4000)
  private String description;

  @Convert(converter = RubricCriteriaConverter.class)
  @Column(nullable = false, updatable = false, length = 100000)
  private List<RubricCriterion> criteria;

  @Column(name = "based_on", nullable = false, updatable = false, length = 200)
  private String basedOn;

  @Column(name = "saved_by", nullable = false, updatable = false, length = 200)
  private String savedBy;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private Instant savedAt;

  protected RubricVersion() {}

  RubricVersion(
      Rubric rubric,
      int number,
      String title,
      String description,
      List<RubricCriterion> criteria,
      String basedOn,
      String savedBy,
      Instant savedAt) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.number = number;
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new Rejected("title", "A rubric needs a title of at most 200 characters");
    }
    this.title = title.strip();
    this.description = description == null ? "" : description.strip();
    if (this.description.length() > 4000) {
      throw new Rejected("description", "A rubric description has at most 4000 characters");
    }
    if (criteria == null || criteria.isEmpty()) {
      throw new Rejected("criteria", "A rubric needs at least one criterion");
    }
    Set<String> codes = new HashSet<>();
    for (RubricCriterion c : criteria) {
      if (!codes.add(c.code())) {
        throw new Rejected("criteria", "Criterion code '" + c.code() + "' is used twice");
      }
    }
    this.criteria = List.copyOf(criteria);
    this.basedOn = Objects.requireNonNull(basedOn, "basedOn");
    this.savedBy = Objects.requireNonNull(savedBy, "savedBy");
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  public Long id() {
    return id;
  }

  public Rubric rubric() {
    return rubric;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public List<RubricCriterion> criteria() {
    return List.copyOf(criteria);
  }

  public String basedOn() {
    return basedOn;
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
