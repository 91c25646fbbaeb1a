package io.skillspassport.system.candidate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The readiness of one passport for one role, computed in the test from the product brief's rule,
 * independently of the portal: no domain or scoring code is called. The role's weights and
 * threshold are read straight from the shipped role file {@code content/roles/<slug>.json} on the
 * class path (not through the portal's loader).
 *
 * <p>For relevance weights {@code w} and family scores {@code S} with SEMs: {@code w̃ = w/Σw}, the
 * composite {@code C = Σ w̃·S} (exact, in decimal arithmetic, so a composite ending in .5 rounds up
 * as the reporting scale does), {@code SEM_C = sqrt(Σ w̃²·SEM²)}; Ready if {@code C − 1.645·SEM_C ≥
 * T}, Not yet if {@code C + 1.645·SEM_C < T}, else Borderline.
 *
 * <p>The family scores are the reported integers, which the independent scorer reproduces exactly;
 * the SEMs are posterior SDs on the test's own grid, which differ from the portal's quadrature in
 * the last digits. So {@link #verdicts()} is every verdict the rule gives for SEMs within ±0.1% of
 * the independent ones: one verdict unless the passport sits on a boundary, both neighbours if it
 * does — the assertion is then right whichever side the portal's digits fall on.
 *
 * @param composite {@code C}, exact
 * @param sem {@code SEM_C}
 * @param threshold the role's threshold {@code T}
 * @param verdicts the verdicts the rule allows (see above), as the portal words them
 */
record IndependentReadiness(BigDecimal composite, double sem, int threshold, Set<String> verdicts) {

  /** The z of the one-sided 95% decision band of the product brief. */
  private static final double Z = 1.645;

  /** The relative uncertainty of the independent SEMs against the portal's. */
  private static final double SEM_SLACK = 1e-3;

  /** The composite rounded half up, as the readiness page shows it. */
  int rounded() {
    return composite.setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  /**
   * The readiness for role {@code roleSlug} of a passport holding, per family code (e.g. {@code
   * PYTHON_FUNDAMENTALS}), the reported score and its SEM.
   *
   * @throws AssertionError if the role weights a family the passport does not hold
   */
  static IndependentReadiness of(
      String roleSlug, Map<String, Integer> scores, Map<String, Double> sems) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    int threshold;
    try (InputStream in =
            IndependentReadiness.class
                .getClassLoader()
                .getResourceAsStream("content/roles/" + roleSlug + ".json");
        JsonReader reader = Json.createReader(in)) {
      JsonObject role = reader.readObject();
      for (JsonValue value : role.getJsonArray("weights")) {
        JsonObject w = value.asJsonObject();
        weights.put(w.getString("family"), w.getJsonNumber("relevance").bigDecimalValue());
      }
      threshold = role.getInt("readinessThreshold");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal weightedSum = BigDecimal.ZERO;
    double variance = 0;
    for (var w : weights.entrySet()) {
      if (!scores.containsKey(w.getKey()) || !sems.containsKey(w.getKey())) {
        throw new AssertionError("the passport has no score for " + w.getKey());
      }
      weightedSum =
          weightedSum.add(w.getValue().multiply(BigDecimal.valueOf(scores.get(w.getKey()))));
      double share = w.getValue().doubleValue() / total.doubleValue();
      variance += share * share * sems.get(w.getKey()) * sems.get(w.getKey());
    }
    BigDecimal composite = weightedSum.divide(total, MathContext.DECIMAL128);
    double sem = Math.sqrt(variance);
    Set<String> verdicts = new TreeSet<>();
    verdicts.add(verdict(composite.doubleValue(), sem * (1 - SEM_SLACK), threshold));
    verdicts.add(verdict(composite.doubleValue(), sem * (1 + SEM_SLACK), threshold));
    return new IndependentReadiness(composite, sem, threshold, Set.copyOf(verdicts));
  }

  private static String verdict(double composite, double sem, int threshold) {
    if (composite - Z * sem >= threshold) {
      return "Ready";
    }
    if (composite + Z * sem < threshold) {
      return "Not yet";
    }
    return "Borderline";
  }
}
