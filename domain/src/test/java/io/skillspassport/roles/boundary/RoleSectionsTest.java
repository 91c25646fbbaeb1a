package io.skillspassport.roles.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder names each section where it is set and makes the same record as the constructor. */
public class RoleSectionsTest {

  /** Every section set, every list non-empty but two (extra skills, compensation references). */
  public static RoleSections complete() {
    return new RoleSections(
        "How to become one",
        "Summary",
        new RoleSections.Compensation("USD", 100, 200, 300, "United States", "2026-Q1", "Verify."),
        "Overview text",
        List.of(new RoleSections.TitledText("Framing", "Frames questions")),
        "Intro",
        List.of(new RoleSections.AdjacentRole("ml-engineer", "ML Engineer", "Builds systems")),
        "Cadence",
        "Skills intro",
        List.of(new RoleSections.Skill("Reasoning", "COGNITIVE_REASONING", "Reasons")),
        List.of(),
        "Comp overview",
        List.of(),
        "Equity note",
        "Readiness intro",
        "Outro",
        "Threshold note",
        "Framing of what is not probed",
        List.of(new RoleSections.SupplementalExercise("PAPER_READING", "Papers", "Read one")),
        "Career intro",
        List.of(new RoleSections.CareerLevel("Intern", "Entry", "Learns")),
        "Pitfalls intro",
        List.of(new RoleSections.TitledText("Gaming", "Benchmarks")),
        "Take it",
        List.of(new RoleSections.Source("A citation", null)),
        "Day-to-day intro",
        "Career outro");
  }

  @Test
  void aRecordRebuiltFromItsBuilderIsEqual() {
    RoleSections sections = complete();

    assertThat(sections.toBuilder().build()).isEqualTo(sections);
  }

  @Test
  void theBuilderSetsEachSectionByName() {
    RoleSections built =
        RoleSections.builder()
            .headline("How to become one")
            .takeaway("Take it")
            .careerOutro("Career outro")
            .pitfalls(List.of(new RoleSections.TitledText("Gaming", "Benchmarks")))
            .build();

    assertThat(built.headline()).isEqualTo("How to become one");
    assertThat(built.takeaway()).isEqualTo("Take it");
    assertThat(built.careerOutro()).isEqualTo("Career outro");
    assertThat(built.pitfalls())
        .containsExactly(new RoleSections.TitledText("Gaming", "Benchmarks"));
    assertThat(built.summary()).isNull();
    assertThat(built.compensation()).isNull();
    assertThat(built.activities()).isEmpty();
  }

  @Test
  void changingOneSectionKeepsTheOthers() {
    RoleSections sections = complete();

    RoleSections changed = sections.toBuilder().summary("Another summary").build();

    assertThat(changed.summary()).isEqualTo("Another summary");
    assertThat(changed.toBuilder().summary(sections.summary()).build()).isEqualTo(sections);
  }
}
