package io.skillspassport.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** One look at a candidate's passport by an employer: the candidate's "viewed by" list. */
@Entity
@Table(name = "passport_viewing")
public class PassportViewing {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String candidate;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(nullable = false, updatable = false)
  private String viewer;

  @Column(name = "viewed_at", nullable = false, updatable = false)
  private Instant viewedAt;

  /** The calendar day of {@link #viewedAt} in UTC: the candidate's list counts views per day. */
  @Column(name = "viewed_on", nullable = false, updatable = false)
  private LocalDate viewedOn;

  /** What was looked at: a comparison, a side-by-side view, an export. */
  @Column(nullable = false, updatable = false)
  private String context;

  protected PassportViewing() {}

  public PassportViewing(
      String candidate, String organisation, String viewer, Instant viewedAt, String context) {
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.viewer = Objects.requireNonNull(viewer, "viewer");
    this.viewedAt = Objects.requireNonNull(viewedAt, "viewedAt");
    this.viewedOn = dayOf(viewedAt);
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The UTC calendar day a viewing at {@code when} is counted on. */
  public static LocalDate dayOf(Instant when) {
    return LocalDate.ofInstant(when, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String candidate() {
    return candidate;
  }

  public String organisation() {
    return organisation;
  }

  public String viewer() {
    return viewer;
  }

  public Instant viewedAt() {
    return viewedAt;
  }

  public LocalDate viewedOn() {
    return viewedOn;
  }

  public String context() {
    return context;
  }
}
