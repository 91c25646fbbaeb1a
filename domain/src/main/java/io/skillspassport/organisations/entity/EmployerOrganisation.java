package io.skillspassport.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An employer organisation candidates can share their passport with. Membership comes from the
 * identity provider: an employer's {@code organisation} claim names the organisation's slug, so
 * people are managed where they sign in and the portal never holds a second copy of who works
 * where.
 */
@Entity
@Table(name = "employer_organisation")
public class EmployerOrganisation {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, length = 2000)
  private String description;

  @Version private long version;

  protected EmployerOrganisation() {}

  public EmployerOrganisation(String slug, String name, String description) {
    this.slug = Objects.requireNonNull(slug, "slug");
    if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "An organisation slug is lower-case words joined by hyphens, was '" + slug + "'");
    }
    rename(name, description);
  }

  public void rename(String name, String description) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a name");
    }
    this.name = name.strip();
    this.description = description == null ? "" : description.strip();
  }

  public Long id() {
    return id;
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

  public long version() {
    return version;
  }
}
