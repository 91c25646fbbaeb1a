package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponsePatternTest {

  @Test
  void parsesDigitsAndDotsForOmittedResponses() {
    ResponsePattern pattern = ResponsePattern.parse("0.13");

    assertThat(pattern.length()).isEqualTo(4);
    assertThat(pattern.response(0)).isZero();
    assertThat(pattern.isOmitted(1)).isTrue();
    assertThat(pattern.response(3)).isEqualTo(3);
    assertThat(pattern)
        .hasToString("0.13")
        .isEqualTo(ResponsePattern.of(0, ResponsePattern.OMITTED, 1, 3));
  }

  @Test
  void rejectsACharacterThatIsNeitherADigitNorADot() {
    assertThatThrownBy(() -> ResponsePattern.parse("01x1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'")
        .hasMessageContaining("position 3");
  }

  @Test
  void rejectsAnEmptyPattern() {
    assertThatThrownBy(() -> ResponsePattern.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("''");
  }

  @Test
  void isNotChangedByTheArrayItWasMadeFrom() {
    int[] responses = {1, 0};
    ResponsePattern pattern = ResponsePattern.of(responses);
    responses[0] = 0;

    assertThat(pattern.response(0)).isEqualTo(1);
  }

  @Test
  void formRejectsDuplicateItemIds() {
    assertThatThrownBy(() -> Form.of(TwoPlItem.of("a1", 1, 0), TwoPlItem.of("a1", 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a1'");
  }
}
