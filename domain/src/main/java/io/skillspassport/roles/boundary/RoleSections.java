package io.skillspassport.roles.boundary;

import java.util.List;

/**
 * The narrative sections of one role version, in the order the role page shows them. Long texts are
 * Markdown, rendered through the sanitizing renderer; lists keep their order (activities by the
 * guide's sequence, skills by leverage, ladder levels from entry to the top).
 *
 * <p>{@code activitiesIntro} (the text between the day-to-day heading and its list) and {@code
 * careerOutro} (the text after the career ladder) came later and sit at the end of the record; a
 * document stored before them reads them as {@code null}, which the page shows as nothing.
 *
 * <p>Stored as one JSON document per version: sections are always read and written together, and a
 * published version is an immutable snapshot, so a document is the natural unit.
 *
 * <p>Why the type lives at the roles component's door rather than in its entity package: it is what
 * the editor reads ({@link RoleAdministration#draft}) and sends back ({@link
 * RoleAdministration#saveDraft}) and what the public page shows ({@link RolePage}), so callers see
 * it as a value of the use cases; the entity {@code RoleVersion} only stores it, through {@code
 * RoleSectionsConverter}, and the JSON names its components, never this class, so the move changed
 * no stored document.
 */
public record RoleSections(
    String headline,
    String summary,
    Compensation compensation,
    String overview,
    List<TitledText> activities,
    String adjacentIntro,
    List<AdjacentRole> adjacentRoles,
    String cadenceNote,
    String skillsIntro,
    List<Skill> skills,
    List<TitledText> extraSkills,
    String compensationOverview,
    List<TitledText> compensationReferences,
    String compensationNote,
    String readinessIntro,
    String readinessOutro,
    String thresholdNote,
    String assessmentFraming,
    List<SupplementalExercise> supplementalExercises,
    String careerIntro,
    List<CareerLevel> careerLadder,
    String pitfallsIntro,
    List<TitledText> pitfalls,
    String takeaway,
    List<Source> sources,
    String activitiesIntro,
    String careerOutro) {

  public RoleSections {
    activities = copy(activities);
    adjacentRoles = copy(adjacentRoles);
    skills = copy(skills);
    extraSkills = copy(extraSkills);
    compensationReferences = copy(compensationReferences);
    supplementalExercises = copy(supplementalExercises);
    careerLadder = copy(careerLadder);
    pitfalls = copy(pitfalls);
    sources = copy(sources);
  }

  /**
   * A builder, so that sections are named where they are set rather than given as 27 positional
   * arguments. Sections not set are {@code null} (texts, compensation) or empty (lists), as the
   * canonical constructor reads them.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these sections, to change some of them.
   *
   * @return a builder with every section of this record
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.headline = headline;
    b.summary = summary;
    b.compensation = compensation;
    b.overview = overview;
    b.activities = activities;
    b.adjacentIntro = adjacentIntro;
    b.adjacentRoles = adjacentRoles;
    b.cadenceNote = cadenceNote;
    b.skillsIntro = skillsIntro;
    b.skills = skills;
    b.extraSkills = extraSkills;
    b.compensationOverview = compensationOverview;
    b.compensationReferences = compensationReferences;
    b.compensationNote = compensationNote;
    b.readinessIntro = readinessIntro;
    b.readinessOutro = readinessOutro;
    b.thresholdNote = thresholdNote;
    b.assessmentFraming = assessmentFraming;
    b.supplementalExercises = supplementalExercises;
    b.careerIntro = careerIntro;
    b.careerLadder = careerLadder;
    b.pitfallsIntro = pitfallsIntro;
    b.pitfalls = pitfalls;
    b.takeaway = takeaway;
    b.sources = sources;
    b.activitiesIntro = activitiesIntro;
    b.careerOutro = careerOutro;
    return b;
  }

  /** Sets sections by name; {@link #build()} makes the record (lists copied, as ever). */
  public static final class Builder {
    private String headline;
    private String summary;
    private Compensation compensation;
    private String overview;
    private List<TitledText> activities;
    private String adjacentIntro;
    private List<AdjacentRole> adjacentRoles;
    private String cadenceNote;
    private String skillsIntro;
    private List<Skill> skills;
    private List<TitledText> extraSkills;
    private String compensationOverview;
    private List<TitledText> compensationReferences;
    private String compensationNote;
    private String readinessIntro;
    private String readinessOutro;
    private String thresholdNote;
    private String assessmentFraming;
    private List<SupplementalExercise> supplementalExercises;
    private String careerIntro;
    private List<CareerLevel> careerLadder;
    private String pitfallsIntro;
    private List<TitledText> pitfalls;
    private String takeaway;
    private List<Source> sources;
    private String activitiesIntro;
    private String careerOutro;

    private Builder() {}

    public Builder headline(String headline) {
      this.headline = headline;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder compensation(Compensation compensation) {
      this.compensation = compensation;
      return this;
    }

    public Builder overview(String overview) {
      this.overview = overview;
      return this;
    }

    public Builder activities(List<TitledText> activities) {
      this.activities = activities;
      return this;
    }

    public Builder adjacentIntro(String adjacentIntro) {
      this.adjacentIntro = adjacentIntro;
      return this;
    }

    public Builder adjacentRoles(List<AdjacentRole> adjacentRoles) {
      this.adjacentRoles = adjacentRoles;
      return this;
    }

    public Builder cadenceNote(String cadenceNote) {
      this.cadenceNote = cadenceNote;
      return this;
    }

    public Builder skillsIntro(String skillsIntro) {
      this.skillsIntro = skillsIntro;
      return this;
    }

    public Builder skills(List<Skill> skills) {
      this.skills = skills;
      return this;
    }

    public Builder extraSkills(List<TitledText> extraSkills) {
      this.extraSkills = extraSkills;
      return this;
    }

    public Builder compensationOverview(String compensationOverview) {
      this.compensationOverview = compensationOverview;
      return this;
    }

    public Builder compensationReferences(List<TitledText> compensationReferences) {
      this.compensationReferences = compensationReferences;
      return this;
    }

    public Builder compensationNote(String compensationNote) {
      this.compensationNote = compensationNote;
      return this;
    }

    public Builder readinessIntro(String readinessIntro) {
      this.readinessIntro = readinessIntro;
      return this;
    }

    public Builder readinessOutro(String readinessOutro) {
      this.readinessOutro = readinessOutro;
      return this;
    }

    public Builder thresholdNote(String thresholdNote) {
      this.thresholdNote = thresholdNote;
      return this;
    }

    public Builder assessmentFraming(String assessmentFraming) {
      this.assessmentFraming = assessmentFraming;
      return this;
    }

    public Builder supplementalExercises(List<SupplementalExercise> supplementalExercises) {
      this.supplementalExercises = supplementalExercises;
      return this;
    }

    public Builder careerIntro(String careerIntro) {
      this.careerIntro = careerIntro;
      return this;
    }

    public Builder careerLadder(List<CareerLevel> careerLadder) {
      this.careerLadder = careerLadder;
      return this;
    }

    public Builder pitfallsIntro(String pitfallsIntro) {
      this.pitfallsIntro = pitfallsIntro;
      return this;
    }

    public Builder pitfalls(List<TitledText> pitfalls) {
      this.pitfalls = pitfalls;
      return this;
    }

    public Builder takeaway(String takeaway) {
      this.takeaway = takeaway;
      return this;
    }

    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    public Builder activitiesIntro(String activitiesIntro) {
      this.activitiesIntro = activitiesIntro;
      return this;
    }

    public Builder careerOutro(String careerOutro) {
      this.careerOutro = careerOutro;
      return this;
    }

    /** The sections as set. */
    public RoleSections build() {
      return new RoleSections(
          headline,
          summary,
          compensation,
          overview,
          activities,
          adjacentIntro,
          adjacentRoles,
          cadenceNote,
          skillsIntro,
          skills,
          extraSkills,
          compensationOverview,
          compensationReferences,
          compensationNote,
          readinessIntro,
          readinessOutro,
          thresholdNote,
          assessmentFraming,
          supplementalExercises,
          careerIntro,
          careerLadder,
          pitfallsIntro,
          pitfalls,
          takeaway,
          sources,
          activitiesIntro,
          careerOutro);
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Typical total compensation for the role, with where and when the figures hold. */
  public record Compensation(
      String currency,
      long min,
      long median,
      long max,
      String region,
      String asOf,
      String dataNotice) {}

  /** A titled paragraph: a day-to-day activity, a pitfall, a compensation reference point. */
  public record TitledText(String title, String description) {}

  /**
   * An adjacent role; {@code slug} is set only when the portal has (or will have) a page for it.
   */
  public record AdjacentRole(String slug, String title, String difference) {}

  /** A skill that predicts performance; {@code family} names the assessment family probing it. */
  public record Skill(String title, String family, String description) {}

  /** An exercise the assessments cannot replace (paper reading, research design, deep dives). */
  public record SupplementalExercise(String kind, String title, String description) {}

  /** One rung of the career ladder. */
  public record CareerLevel(String title, String stage, String description) {}

  /** A citation, with its address when it has one. */
  public record Source(String citation, String url) {}
}
