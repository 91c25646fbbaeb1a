package io.skillspassport.scoring.cat;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds Sympson–Hetter exposure parameters by iterated simulation (Sympson &amp; Hetter 1985).
 *
 * <p>Start with {@code K_i = 1}. Each round simulates candidates with θ ~ N(0, 1) under the current
 * parameters, measures each item's selection rate {@code P(S_i)} (shown or set aside), and sets
 * {@code K_i = r / P(S_i)} where {@code P(S_i) > r}, else {@code K_i = 1}. Then {@code P(A_i) =
 * P(S_i)·K_i ≤ r} for the selection rates of that round; repeating lets the selection rates settle
 * under the new parameters. The result is only as good as the simulated population matches the real
 * one, and the final exposure should be checked with a fresh seed.
 */
public final class SympsonHetter {

  private SympsonHetter() {}

  /**
   * Calibrates the exposure parameters.
   *
   * @param test the bank and rules (their exposure control is replaced)
   * @param maxRate target maximum exposure rate r in (0, 1]
   * @param candidatesPerRound simulated candidates per round
   * @param rounds number of rounds
   * @param seed random seed
   * @return the Sympson–Hetter control with the calibrated {@code K_i}
   */
  public static ExposureControl.SympsonHetter calibrate(
      AdaptiveTest test, double maxRate, int candidatesPerRound, int rounds, long seed) {
    if (!(maxRate > 0 && maxRate <= 1)) {
      throw new IllegalArgumentException(
          "target exposure rate must be in (0, 1] but was " + maxRate);
    }
    Map<String, Double> k = new HashMap<>();
    ExposureControl.SympsonHetter control = new ExposureControl.SympsonHetter(k);
    for (int round = 0; round < rounds; round++) {
      AdaptiveTest current = test.withRules(test.rules().withExposure(control));
      SimulationReport report =
          CatSimulator.population(current, candidatesPerRound, seed + 7919L * round);
      Map<String, Double> next = new HashMap<>();
      report
          .selectionRates()
          .forEach(
              (id, rate) -> {
                if (rate > maxRate) {
                  next.put(id, maxRate / rate);
                }
              });
      control = new ExposureControl.SympsonHetter(next);
    }
    return control;
  }
}
