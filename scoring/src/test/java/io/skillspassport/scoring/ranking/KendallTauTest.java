package io.skillspassport.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KendallTauTest {

  @Test
  void identicalRankingsHaveTauOneAndNoSwaps() {
    KendallTau tau = KendallTau.between(List.of("a", "b", "c"), List.of("a", "b", "c"));

    assertThat(tau.tau()).isEqualTo(1.0);
    assertThat(tau.swappedPairs()).isEmpty();
  }

  @Test
  void reversedRankingsHaveTauMinusOne() {
    KendallTau tau = KendallTau.between(List.of("a", "b", "c", "d"), List.of("d", "c", "b", "a"));

    assertThat(tau.tau()).isEqualTo(-1.0);
    assertThat(tau.discordantPairs()).isEqualTo(6);
  }

  @Test
  void listsThePairsThatSwap() {
    // a b c d e → b a c e d: (a,b) and (d,e) swap; τ = (10 − 2·2)/10 = 0.6
    KendallTau tau =
        KendallTau.between(List.of("a", "b", "c", "d", "e"), List.of("b", "a", "c", "e", "d"));

    assertThat(tau.tau()).isCloseTo(0.6, within(1e-15));
    assertThat(tau.concordantPairs()).isEqualTo(8);
    assertThat(tau.swappedPairs())
        .containsExactly(
            new KendallTau.SwappedPair("a", "b"), new KendallTau.SwappedPair("d", "e"));
  }

  @Test
  void mergeSortCoefficientEqualsThePairwiseCount() {
    Random random = new Random(11);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      first.add("c" + i);
    }
    List<String> second = new ArrayList<>(first);
    Collections.shuffle(second, random);

    assertThat(KendallTau.coefficient(first, second))
        .isCloseTo(KendallTau.between(first, second).tau(), within(1e-15));
  }

  @Test
  void rejectsRankingsOfDifferentCandidates() {
    assertThatThrownBy(() -> KendallTau.between(List.of("a", "b"), List.of("a", "z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> KendallTau.coefficient(List.of("a", "b"), List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 and 1");
  }

  @Test
  void rejectsFewerThanTwoCandidatesAndDuplicates() {
    assertThatThrownBy(() -> KendallTau.between(List.of("a"), List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1");
    assertThatThrownBy(() -> KendallTau.between(List.of("a", "a"), List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'");
  }
}
