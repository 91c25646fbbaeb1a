package io.skillspassport.bundles.entity;

import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.WeightSet;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One saved state of a bundle, never changed after it is written: the role version it started from,
 * the threshold, every family's inclusion, weight and minimum, and the supplemental exercises.
 * Comparisons name the version they ranked by.
 */
@Entity
@Table(name = "bundle_version")
public class BundleVersion {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "bundle_id", nullable = false, updatable = false)
  private Bundle bundle;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "role_version_number", nullable = false, updatable = false)
  private int roleVersionNumber;

  @Column(nullable = false, updatable = false)
  private int threshold;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bundle_family", joinColumns = @JoinColumn(name = "bundle_version_id"))
  @OrderColumn(name = "position")
  private List<BundleFamily> families = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bundle_exercise", joinColumns = @JoinColumn(name = "bundle_version_id"))
  @OrderColumn(name = "position")
  private List<BundleExercise> exercises = new ArrayList<>();

  @Column(name = "saved_by", nullable = false, updatable = false)
  private String savedBy;

  @Column(name = "saved_by_name", nullable = false, updatable = false)
  private String savedByName;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private Instant savedAt;

  protected BundleVersion() {}

  BundleVersion(
      Bundle bundle,
      int number,
      int roleVersionNumber,
      int threshold,
      List<BundleFamily> families,
      List<BundleExercise> exercises,
      String savedBy,
      String savedByName,
      Instant savedAt) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.number = number;
    this.roleVersionNumber = roleVersionNumber;
    ReportingScale scale = ReportingScale.standard();
    if (!scale.contains(threshold)) {
      throw new Rejected(
          "threshold",
          "The readiness threshold must lie on the "
              + scale.minimum()
              + "–"
              + scale.maximum()
              + " scale, was "
              + threshold);
    }
    this.threshold = threshold;
    Set<String> seen = new HashSet<>();
    for (BundleFamily family : families) {
      if (!seen.add(family.familyCode())) {
        throw new Rejected("families", "Family " + family.familyCode() + " appears twice");
      }
    }
    if (families.stream().noneMatch(BundleFamily::counts)) {
      throw new Rejected(
          "families", "At least one included family needs a weight above 0, none has");
    }
    this.families.addAll(families);
    this.exercises.addAll(exercises);
    this.savedBy = Objects.requireNonNull(savedBy, "savedBy");
    this.savedByName = Objects.requireNonNull(savedByName, "savedByName");
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  public Long id() {
    return id;
  }

  public Bundle bundle() {
    return bundle;
  }

  public int number() {
    return number;
  }

  public int roleVersionNumber() {
    return roleVersionNumber;
  }

  /**
   * What this version asks of a passport: see {@link #readinessCriteria(List, int)}.
   *
   * @return the readiness criteria of this version
   */
  public ReadinessCriteria readinessCriteria() {
    return readinessCriteria(families, threshold);
  }

  /**
   * The one translation of bundle settings into readiness criteria, for a saved version and for
   * settings being edited alike: the included families' weights (in their order, normalised by
   * {@link WeightSet}), the threshold, and the included families' minimums; excluded families take
   * no part.
   *
   * @param settings the per-family settings
   * @param threshold the readiness threshold on the reporting scale
   * @return the criteria on the standard scale
   * @throws IllegalArgumentException if no included family has a weight above 0
   */
  public static ReadinessCriteria readinessCriteria(List<BundleFamily> settings, int threshold) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    Map<String, Integer> minimums = new LinkedHashMap<>();
    for (BundleFamily family : settings) {
      if (family.included()) {
        weights.put(family.familyCode(), family.weight());
        family.minimum().ifPresent(m -> minimums.put(family.familyCode(), m));
      }
    }
    return ReadinessCriteria.of(WeightSet.of(weights), threshold, minimums);
  }

  public int threshold() {
    return threshold;
  }

  public List<BundleFamily> families() {
    return Collections.unmodifiableList(families);
  }

  public List<BundleExercise> exercises() {
    return Collections.unmodifiableList(exercises);
  }

  public String savedBy() {
    return savedBy;
  }

  public String savedByName() {
    return savedByName;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
