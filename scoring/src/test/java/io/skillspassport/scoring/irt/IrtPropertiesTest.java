package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ForAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the item models and of EAP over random items and forms (seeded). */
class IrtPropertiesTest {

  /** A random 2PL item (one threshold) or graded item (2–5 ordered thresholds). */
  static Item item(SplittableRandom r, String id) {
    double a = r.nextDouble(0.2, 4);
    int count = r.nextInt(1, 6);
    double[] b;
    do {
      b = new double[count];
      for (int k = 0; k < count; k++) {
        b[k] = r.nextDouble(-4, 4);
      }
      Arrays.sort(b);
    } while (!strictlyIncreasing(b));
    return count == 1 ? TwoPlItem.of(id, a, b[0]) : GradedResponseItem.of(id, a, b);
  }

  static Form form(SplittableRandom r, int maxItems, boolean twoPlOnly) {
    int n = r.nextInt(1, maxItems + 1);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(
          twoPlOnly
              ? TwoPlItem.of("i" + i, r.nextDouble(0.2, 4), r.nextDouble(-4, 4))
              : item(r, "i" + i));
    }
    return Form.of(items);
  }

  private static boolean strictlyIncreasing(double[] s) {
    for (int k = 1; k < s.length; k++) {
      if (!(s[k] - s[k - 1] > 1e-3)) {
        return false;
      }
    }
    return true;
  }

  record ItemAt(Item item, double theta, double step) {}

  @Test
  void categoryProbabilitiesArePositiveAndSumToOne() {
    ForAll.check(
        31L,
        r -> new ItemAt(item(r, "i"), r.nextDouble(-8, 8), 0),
        c -> {
          double sum = 0;
          for (int x = c.item().lowestResponse(); x <= c.item().highestResponse(); x++) {
            double p = c.item().probability(x, c.theta());
            assertThat(p).isBetween(0.0, 1.0);
            sum += p;
          }
          assertThat(sum).isCloseTo(1.0, within(1e-12));
        });
  }

  @Test
  void expectedScoreIncreasesWithTheta() {
    ForAll.check(
        32L,
        r -> new ItemAt(item(r, "i"), r.nextDouble(-6, 6), r.nextDouble(0.01, 2)),
        c ->
            assertThat(c.item().expectedScore(c.theta() + c.step()))
                .isGreaterThan(c.item().expectedScore(c.theta())));
  }

  /**
   * For 2PL items the summed score has a monotone likelihood ratio in θ (Bernoulli variables are
   * log-concave, Karlin 1968), so E[θ | x] increases with x. Graded items do not guarantee this
   * (Hemker, Sijtsma, Molenaar &amp; Junker 1997), so the property is only claimed for 2PL forms.
   */
  @Test
  void summedScoreEapIncreasesWithTheRawScoreOnTwoPlForms() {
    ForAll.check(
        33L,
        200,
        r -> form(r, 10, true),
        form -> {
          List<SummedScoreTable.Row> rows = SummedScoreTable.of(form).rows();
          for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).eap()).isGreaterThan(rows.get(i - 1).eap());
          }
        });
  }

  record FormWithPattern(Form form, ResponsePattern pattern) {}

  /**
   * The log-likelihood is concave and the prior N(0,1), so by the Brascamp–Lieb inequality the
   * posterior variance never exceeds the prior variance.
   */
  @Test
  void posteriorSdNeverExceedsThePriorSd() {
    ForAll.check(
        34L,
        200,
        r -> {
          Form form = form(r, 8, false);
          int[] responses = new int[form.size()];
          for (int i = 0; i < form.size(); i++) {
            Item item = form.item(i);
            responses[i] = item.lowestResponse() + r.nextInt(item.categoryCount());
          }
          return new FormWithPattern(form, ResponsePattern.of(responses));
        },
        c -> {
          assertThat(ThetaEstimators.eap(c.form(), c.pattern()).requireStandardError())
              .isLessThanOrEqualTo(1.0);
          assertThat(ThetaEstimators.map(c.form(), c.pattern()).requireStandardError())
              .isLessThanOrEqualTo(1.0);
        });
  }
}
