package io.skillspassport.roles.entity;

import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a role's content: the narrative sections, the published assessment weights with
 * their rationale, the readiness threshold and the weight presets.
 *
 * <p>A version starts as a {@link ContentStatus#DRAFT} and may be edited; {@link #publish} freezes
 * it for good. Every mutator refuses to touch a published version, and a {@code @PreUpdate} guard
 * stops a change that slipped past them, so what an employer's bundle was built on can always be
 * shown again.
 */
@Entity
@Table(name = "role_version")
public class RoleVersion {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "role_id", nullable = false, updatable = false)
  private Role role;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContentStatus status = ContentStatus.DRAFT;

  @Column(nullable = false)
  private String title;

  @Convert(converter = RoleSectionsConverter.class)
  @Column(nullable = false, length = 200000)
  private RoleSections sections;

  @Column(name = "readiness_threshold", nullable = false)
  private int readinessThreshold;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "role_weight", joinColumns = @JoinColumn(name = "role_version_id"))
  @OrderColumn(name = "position")
  private List<RoleWeight> weights = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "role_version_id", nullable = false)
  @OrderColumn(name = "position")
  private List<WeightPreset> presets = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Version private long version;

  @Transient private boolean loadedAsPublished;

  protected RoleVersion() {}

  RoleVersion(Role role, int number, String createdBy, Instant createdAt) {
    this.role = Objects.requireNonNull(role, "role");
    this.number = number;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Copies the content of {@code source} into this draft. */
  void copyContentFrom(RoleVersion source) {
    edit(source.title, source.sections, source.readinessThreshold);
    replaceWeights(source.weights);
    replacePresets(
        source.presets.stream()
            .map(p -> new WeightPreset(p.key(), p.name(), p.description(), p.weights()))
            .toList());
  }

  /** Sets the title, the narrative sections and the readiness threshold of this draft. */
  public void edit(String title, RoleSections sections, int readinessThreshold) {
    requireDraft();
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A role needs a title");
    }
    ReportingScale scale = ReportingScale.standard();
    if (!scale.contains(readinessThreshold)) {
      throw new IllegalArgumentException(
          "The readiness threshold must lie on the "
              + scale.minimum()
              + "–"
              + scale.maximum()
              + " scale, was "
              + readinessThreshold);
    }
    this.title = title.strip();
    this.sections = Objects.requireNonNull(sections, "sections");
    this.readinessThreshold = readinessThreshold;
  }

  /**
   * Replaces the published weights of this draft.
   *
   * @throws IllegalArgumentException if a family appears twice or a relevance lies outside [0, 1]
   */
  public void replaceWeights(List<RoleWeight> newWeights) {
    requireDraft();
    Set<String> seen = new HashSet<>();
    for (RoleWeight weight : newWeights) {
      if (!seen.add(weight.familyCode())) {
        throw new IllegalArgumentException("Family " + weight.familyCode() + " is weighted twice");
      }
    }
    weights.clear();
    newWeights.forEach(
        w -> weights.add(new RoleWeight(w.familyCode(), w.relevance(), w.rationale())));
  }

  /** Replaces the weight presets of this draft. */
  public void replacePresets(List<WeightPreset> newPresets) {
    requireDraft();
    presets.clear();
    presets.addAll(newPresets);
  }

  /**
   * Publishes this draft: checks that it is complete and freezes it.
   *
   * @throws IllegalStateException naming what is missing when the version is incomplete
   */
  public void publish(String publisher, Instant when) {
    requireDraft();
    List<String> problems = completenessProblems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Version " + number + " cannot be published: " + String.join("; ", problems));
    }
    this.status = ContentStatus.PUBLISHED;
    this.publishedBy = Objects.requireNonNull(publisher, "publisher");
    this.publishedAt = Objects.requireNonNull(when, "when");
  }

  /** What keeps this version from being published; empty when it is complete. */
  public List<String> completenessProblems() {
    List<String> problems = new ArrayList<>();
    if (weights.isEmpty()) {
      problems.add("no assessment weights");
    } else if (weights.stream().noneMatch(w -> w.relevance().signum() > 0)) {
      problems.add("every weight is 0; at least one family must count");
    }
    if (sections == null) {
      problems.add("no content sections");
    } else {
      if (blank(sections.overview())) {
        problems.add("the overview is empty");
      }
      if (sections.activities().isEmpty()) {
        problems.add("no day-to-day activities");
      }
      if (sections.skills().isEmpty()) {
        problems.add("no skills that predict performance");
      }
      if (sections.compensation() == null) {
        problems.add("no compensation figures");
      }
      if (sections.careerLadder().isEmpty()) {
        problems.add("no career ladder");
      }
      if (blank(sections.takeaway())) {
        problems.add("the takeaway is empty");
      }
    }
    return problems;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void requireDraft() {
    if (status == ContentStatus.PUBLISHED) {
      throw new IllegalStateException(
          "Version " + number + " of " + role.slug() + " is published and cannot change");
    }
  }

  @PostLoad
  void rememberLoadedStatus() {
    loadedAsPublished = status == ContentStatus.PUBLISHED;
  }

  @PreUpdate
  void refuseChangesToPublished() {
    if (loadedAsPublished) {
      throw new IllegalStateException(
          "Version " + number + " of " + role.slug() + " is published and cannot change");
    }
  }

  public Long id() {
    return id;
  }

  public Role role() {
    return role;
  }

  public int number() {
    return number;
  }

  public ContentStatus status() {
    return status;
  }

  public boolean isPublished() {
    return status == ContentStatus.PUBLISHED;
  }

  public String title() {
    return title;
  }

  public RoleSections sections() {
    return sections;
  }

  public int readinessThreshold() {
    return readinessThreshold;
  }

  public List<RoleWeight> weights() {
    return Collections.unmodifiableList(weights);
  }

  public Optional<BigDecimal> relevanceOf(String familyCode) {
    return weights.stream()
        .filter(w -> w.familyCode().equals(familyCode))
        .map(RoleWeight::relevance)
        .findFirst();
  }

  public List<WeightPreset> presets() {
    return Collections.unmodifiableList(presets);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<String> publishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  public long version() {
    return version;
  }
}
