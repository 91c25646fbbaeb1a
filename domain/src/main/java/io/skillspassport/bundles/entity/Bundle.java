package io.skillspassport.bundles.entity;

import io.skillspassport.platform.boundary.Rejected;
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
 * An employer organisation's assessment bundle: the aggregate root of its immutable {@link
 * BundleVersion}s. The bundle itself carries only what may change without a new version — its name
 * and whether it is archived — and the number of its newest version, which two editors saving at
 * once both try to advance (so {@code @Version} turns the race into a conflict, not a lost save).
 * Once archived it is read-only: neither a new version nor a new name is accepted.
 */
@Entity
@Table(name = "bundle")
public class Bundle {

  /** Longest bundle name. */
  public static final int MAX_NAME = 200;

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "base_role", nullable = false, updatable = false)
  private String baseRole;

  @Column(name = "latest_number", nullable = false)
  private int latestNumber;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @OneToMany(mappedBy = "bundle", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<BundleVersion> versions = new ArrayList<>();

  @Version private long version;

  protected Bundle() {}

  public Bundle(
      String organisation, String name, String baseRole, String createdBy, Instant createdAt) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.baseRole = Objects.requireNonNull(baseRole, "baseRole");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    rename(name);
  }

  /**
   * @throws Rejected when the name is blank or longer than {@value #MAX_NAME} characters
   */
  public void rename(String newName) {
    requireActive();
    if (newName == null || newName.isBlank()) {
      throw new Rejected("name", "A bundle needs a name, was '" + newName + "'");
    }
    if (newName.strip().length() > MAX_NAME) {
      throw new Rejected(
          "name", "A bundle name has at most " + MAX_NAME + " characters, was " + newName.length());
    }
    this.name = newName.strip();
  }

  public void archive() {
    this.archived = true;
  }

  /**
   * Writes the next version.
   *
   * @throws Rejected naming the field and value when a setting is out of range
   */
  public BundleVersion saveVersion(
      int roleVersionNumber,
      int threshold,
      List<BundleFamily> families,
      List<BundleExercise> exercises,
      String savedBy,
      String savedByName,
      Instant when) {
    requireActive();
    BundleVersion next =
        new BundleVersion(
            this,
            latestNumber + 1,
            roleVersionNumber,
            threshold,
            families,
            exercises,
            savedBy,
            savedByName,
            when);
    versions.add(next);
    latestNumber = next.number();
    return next;
  }

  /** An archived bundle is read-only: it can be read, compared and cloned, never changed. */
  private void requireActive() {
    if (archived) {
      throw new IllegalStateException("Bundle " + id + " is archived and can no longer change");
    }
  }

  public Optional<BundleVersion> latest() {
    return version(latestNumber);
  }

  public Optional<BundleVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public Long id() {
    return id;
  }

  public String organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public boolean archived() {
    return archived;
  }

  public String baseRole() {
    return baseRole;
  }

  public int latestNumber() {
    return latestNumber;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public List<BundleVersion> versions() {
    return Collections.unmodifiableList(versions);
  }

  public long version() {
    return version;
  }
}
