package io.skillspassport.roles.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.roles.control.TextDiff.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line diff of two role versions. Expected changes written out by hand. */
class TextDiffTest {

  @Test
  void equalTextsHaveNoChanges() {
    assertThat(TextDiff.of(List.of("a", "b"), List.of("a", "b"))).isEmpty();
  }

  @Test
  void aChangedLineIsARemovalFollowedByAnAddition() {
    assertThat(
            TextDiff.of(
                List.of("title: Scientist", "overview: old", "takeaway: same"),
                List.of("title: Scientist", "overview: new", "takeaway: same")))
        .containsExactly(new Change(false, "overview: old"), new Change(true, "overview: new"));
  }

  @Test
  void insertionsAndDeletionsKeepTheCommonLines() {
    assertThat(TextDiff.of(List.of("a", "b", "c", "d"), List.of("a", "c", "d", "e")))
        .containsExactly(new Change(false, "b"), new Change(true, "e"));
    assertThat(TextDiff.of(List.of(), List.of("x"))).containsExactly(new Change(true, "x"));
    assertThat(TextDiff.of(List.of("x"), List.of())).containsExactly(new Change(false, "x"));
  }
}
