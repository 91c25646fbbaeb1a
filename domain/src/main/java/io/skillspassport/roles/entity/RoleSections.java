package io.skillspassport.roles.entity;

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
