package io.skillspassport.roles.entity;

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
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job role the portal publishes readiness for; the aggregate root of its content versions.
 *
 * <p>The role itself only carries its stable slug. Everything a reader sees lives in {@link
 * RoleVersion}s: at most one open draft, and any number of published versions, the newest of which
 * is the role's public face. Bundles keep a reference to the version they started from.
 */
@Entity
@Table(name = "job_role")
public class Role {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Pattern(
      regexp = "[a-z0-9]+(-[a-z0-9]+)*",
      message = "A slug is lower-case words joined by hyphens, such as ml-research-scientist")
  @Column(nullable = false, unique = true, updatable = false)
  private String slug;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "role", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number ASC")
  private List<RoleVersion> versions = new ArrayList<>();

  @Version private long version;

  protected Role() {}

  public Role(String slug, Instant createdAt) {
    this.slug = Objects.requireNonNull(slug, "slug");
    if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "A slug is lower-case words joined by hyphens, was '" + slug + "'");
    }
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * The open draft, creating one from the latest version when there is none.
   *
   * @param editor who starts the draft
   */
  public RoleVersion draft(String editor, Instant when) {
    Optional<RoleVersion> open = openDraft();
    if (open.isPresent()) {
      return open.get();
    }
    RoleVersion draft = new RoleVersion(this, nextNumber(), editor, when);
    latest().ifPresent(draft::copyContentFrom);
    versions.add(draft);
    return draft;
  }

  public Optional<RoleVersion> openDraft() {
    return versions.stream().filter(v -> !v.isPublished()).findFirst();
  }

  /** The newest published version: what visitors read and new bundles start from. */
  public Optional<RoleVersion> latestPublished() {
    return versions.stream()
        .filter(RoleVersion::isPublished)
        .max(Comparator.comparingInt(RoleVersion::number));
  }

  public Optional<RoleVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  private Optional<RoleVersion> latest() {
    return versions.stream().max(Comparator.comparingInt(RoleVersion::number));
  }

  private int nextNumber() {
    return latest().map(v -> v.number() + 1).orElse(1);
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<RoleVersion> versions() {
    return Collections.unmodifiableList(versions);
  }

  public long version() {
    return version;
  }
}
