package io.skillspassport.roles.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.boundary.RoleSectionsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleVersionTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  static RoleSections completeSections() {
    return RoleSectionsTest.complete();
  }

  static RoleVersion completeDraft() {
    Role role = new Role("ml-research-scientist", NOW);
    RoleVersion draft = role.draft("ada", NOW);
    draft.edit("ML Research Scientist", completeSections(), 650);
    draft.replaceWeights(
        List.of(
            new RoleWeight("COGNITIVE_REASONING", new BigDecimal("0.75"), "Reasoning matters"),
            new RoleWeight("COMMUNICATION", new BigDecimal("0.55"), "Writing matters")));
    return draft;
  }

  @Test
  void acceptsRelevanceAtBothEndsOfTheRange() {
    assertThat(new RoleWeight("DATA_ANALYSIS", BigDecimal.ZERO, "r").relevance())
        .isEqualByComparingTo("0");
    assertThat(new RoleWeight("DATA_ANALYSIS", BigDecimal.ONE, "r").relevance())
        .isEqualByComparingTo("1");
  }

  @Test
  void rejectsRelevanceAboveOneNamingFamilyAndValue() {
    assertThatThrownBy(() -> new RoleWeight("DATA_ANALYSIS", new BigDecimal("1.05"), "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATA_ANALYSIS")
        .hasMessageContaining("1.05");
  }

  @Test
  void rejectsNegativeRelevance() {
    assertThatThrownBy(() -> new RoleWeight("DATA_ANALYSIS", new BigDecimal("-0.10"), "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.10");
  }

  @Test
  void rejectsRelevanceWithMoreThanTwoDecimals() {
    assertThatThrownBy(() -> new RoleWeight("DATA_ANALYSIS", new BigDecimal("0.755"), "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.755");
  }

  @Test
  void rejectsAFamilyWeightedTwice() {
    RoleVersion draft = completeDraft();
    var twice =
        List.of(
            new RoleWeight("COMMUNICATION", new BigDecimal("0.5"), "a"),
            new RoleWeight("COMMUNICATION", new BigDecimal("0.6"), "b"));
    assertThatThrownBy(() -> draft.replaceWeights(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COMMUNICATION");
  }

  @Test
  void rejectsAThresholdOffTheScale() {
    RoleVersion draft = completeDraft();
    assertThatThrownBy(() -> draft.edit("Title", completeSections(), 851))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("851");
  }

  @Test
  void publishedVersionCannotChange() {
    RoleVersion version = completeDraft();
    version.publish("ada", NOW);

    assertThat(version.isPublished()).isTrue();
    assertThatThrownBy(() -> version.edit("Other", completeSections(), 600))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("published");
    assertThatThrownBy(() -> version.replaceWeights(List.of()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> version.replacePresets(List.of()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> version.publish("ada", NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesToPublishWhenEveryWeightIsZero() {
    RoleVersion draft = completeDraft();
    draft.replaceWeights(List.of(new RoleWeight("COMMUNICATION", BigDecimal.ZERO, "none")));

    assertThatThrownBy(() -> draft.publish("ada", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("every weight is 0");
    assertThat(draft.isPublished()).isFalse();
  }

  @Test
  void refusesToPublishWithoutWeightsOrCareerLadder() {
    Role role = new Role("data-scientist", NOW);
    RoleVersion draft = role.draft("ada", NOW);
    var sections = completeSections();
    draft.edit(
        "Data Scientist",
        new RoleSections(
            sections.headline(),
            sections.summary(),
            sections.compensation(),
            sections.overview(),
            sections.activities(),
            sections.adjacentIntro(),
            sections.adjacentRoles(),
            sections.cadenceNote(),
            sections.skillsIntro(),
            sections.skills(),
            sections.extraSkills(),
            sections.compensationOverview(),
            sections.compensationReferences(),
            sections.compensationNote(),
            sections.readinessIntro(),
            sections.readinessOutro(),
            sections.thresholdNote(),
            sections.assessmentFraming(),
            sections.supplementalExercises(),
            sections.careerIntro(),
            List.of(),
            sections.pitfallsIntro(),
            sections.pitfalls(),
            sections.takeaway(),
            sections.sources(),
            sections.activitiesIntro(),
            sections.careerOutro()),
        600);

    assertThat(draft.completenessProblems())
        .containsExactly("no assessment weights", "no career ladder");
  }

  @Test
  void newDraftStartsFromTheLatestPublishedContent() {
    RoleVersion first = completeDraft();
    first.replacePresets(
        List.of(
            new WeightPreset(
                "applied",
                "Applied",
                "More Python",
                Map.of("COMMUNICATION", new BigDecimal("0.4")))));
    first.publish("ada", NOW);

    RoleVersion second = first.role().draft("omar", NOW.plusSeconds(60));

    assertThat(second.number()).isEqualTo(2);
    assertThat(second.isPublished()).isFalse();
    assertThat(second.title()).isEqualTo("ML Research Scientist");
    assertThat(second.relevanceOf("COGNITIVE_REASONING")).contains(new BigDecimal("0.75"));
    assertThat(second.presets()).extracting(WeightPreset::key).containsExactly("applied");
    assertThat(first.role().draft("someone", NOW)).isSameAs(second);
  }

  @Test
  void latestPublishedIgnoresTheOpenDraft() {
    RoleVersion first = completeDraft();
    first.publish("ada", NOW);
    Role role = first.role();
    role.draft("omar", NOW).edit("Renamed in draft", completeSections(), 700);

    assertThat(role.latestPublished()).containsSame(first);
  }

  @Test
  void rejectsASlugThatIsNotLowerCaseWords() {
    assertThatThrownBy(() -> new Role("ML Research", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ML Research");
  }

  @Test
  void aThresholdOffTheReportingScaleIsRefused() {
    RoleVersion draft = completeDraft();

    assertThatThrownBy(() -> draft.edit("T", completeSections(), 299))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("300–850");
    assertThatThrownBy(() -> draft.edit("T", completeSections(), 851))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("851");
  }
}
