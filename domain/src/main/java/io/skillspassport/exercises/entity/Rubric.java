package io.skillspassport.exercises.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rubric of one exercise kind in one scope: the portal's published rubric ({@link #PORTAL}), or
 * a bundle's own adaptation ({@code bundle:ID}, owned by the bundle's organisation). Every edit
 * appends an immutable {@link RubricVersion}; ratings name the version they were given on.
 */
@Entity
@Table(name = "rubric")
public class Rubric {

  /** The scope of the portal's published rubrics. */
  public static final String PORTAL = "portal";

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 80)
  private String kind;

  @Column(nullable = false, updatable = false, length = 120)
  private String scope;

  @Column(updatable = false, length = 80)
  private String organisation;

  @Column(name = "latest_number", nullable = false)
  private int latestNumber;

  @OneToMany(mappedBy = "rubric", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<RubricVersion> versions = new ArrayList<>();

  @Version private long version;

  protected Rubric() {}

  private Rubric(String kind, String scope, String organisation) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.organisation = organisation;
  }

  /** The portal's rubric of an exercise kind. */
  public static Rubric portal(String kind) {
    return new Rubric(kind, PORTAL, null);
  }

  /** A bundle's own adaptation of the rubric of an exercise kind. */
  public static Rubric ofBundle(String kind, long bundleId, String organisation) {
    return new Rubric(kind, bundleScope(bundleId), Objects.requireNonNull(organisation));
  }

  /** The scope name of a bundle's adaptations. */
  public static String bundleScope(long bundleId) {
    return "bundle:" + bundleId;
  }

  /**
   * Appends a version.
   *
   * @param basedOnNumber the version the editor started from; a save is refused when another
   *     version was saved since (the editor would overwrite it unseen)
   * @throws IllegalStateException if {@code basedOnNumber} is not the latest number
   */
  public RubricVersion saveVersion(
      int basedOnNumber,
      String title,
      String description,
      List<RubricCriterion> criteria,
      String basedOn,
      String savedBy,
      Instant savedAt) {
    if (basedOnNumber != latestNumber) {
      throw new IllegalStateException(
          "version " + latestNumber + " was saved since version " + basedOnNumber);
    }
    RubricVersion v =
        new RubricVersion(
            this, latestNumber + 1, title, description, criteria, basedOn, savedBy, savedAt);
    versions.add(v);
    latestNumber = v.number();
    return v;
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String scope() {
    return scope;
  }

  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }

  public int latestNumber() {
    return latestNumber;
  }

  public List<RubricVersion> versions() {
    return Collections.unmodifiableList(versions);
  }

  public Optional<RubricVersion> latest() {
    return versions.stream().filter(v -> v.number() == latestNumber).findFirst();
  }
}
