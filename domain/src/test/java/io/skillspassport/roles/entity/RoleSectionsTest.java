package io.skillspassport.roles.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder names each section where it is set and makes the same record as the constructor. */
class RoleSectionsTest {

  @Test
  void aRecordRebuiltFromItsBuilderIsEqual() {
    RoleSections sections = RoleVersionTest.completeSections();

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
    RoleSections sections = RoleVersionTest.completeSections();

    RoleSections changed = sections.toBuilder().summary("Another summary").build();

    assertThat(changed.summary()).isEqualTo("Another summary");
    assertThat(changed.toBuilder().summary(sections.summary()).build()).isEqualTo(sections);
  }
}
