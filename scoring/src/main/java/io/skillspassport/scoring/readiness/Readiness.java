package io.skillspassport.scoring.readiness;

import io.skillspassport.scoring.math.Arguments;
import io.skillspassport.scoring.math.StandardNormal;
import io.skillspassport.scoring.scale.ReportingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Readiness of a passport for a role: the weighted composite, its SEM, bands, the probability of
 * clearing the threshold and the verdict.
 *
 * <p>For the weighted families ({@code w_i > 0}) with reported scores {@code S_i} and SEMs:
 *
 * <ul>
 *   <li>{@code w̃_i = w_i / Σ w}, {@code C = Σ w̃_i S_i}
 *   <li>{@code SEM_C = √(Σ w̃_i² SEM_i²)} (measurement errors of different families independent)
 *   <li>reported composite {@link ReportingScale#round}{@code (C)}: half up on the value rounded to
 *       9 decimals, so a composite that is mathematically x.5 reports x+1 although binary floating
 *       point may compute it a hair below
 *   <li>bands {@code C ± z SEM_C} with z = 1 (68%), 1.644854 (90%), 1.959964 (95%), clipped to the
 *       ends of the {@code ReportingScale} like the family bands
 *   <li>{@code P(true ≥ T) = Φ((C − T)/SEM_C)}
 *   <li>{@link Verdict#READY} if {@code C − 1.645 SEM_C ≥ T}, {@link Verdict#NOT_YET} if {@code C +
 *       1.645 SEM_C < T}, else {@link Verdict#BORDERLINE}
 * </ul>
 *
 * <p>Edge cases: a weighted family, or a family with a minimum, missing from the passport makes the
 * result {@link ReadinessResult.Incomplete} with the missing families listed; it is never scored as
 * if it were the scale's lowest score. Passport families not in the weight set are ignored (but
 * still validated). With {@code SEM_C = 0} the composite is treated as exact: {@code P = 1} if
 * {@code C ≥ T}, else 0. Rejected with {@link IllegalArgumentException} naming the value: a blank
 * family, a score off the scale, a NaN, infinite or negative SEM.
 *
 * <p>Reference: the Skills Passport PRODUCT.md "Scoring" section; reference values in {@code
 * composite_candidate_readiness.tsv} (Monte Carlo check of P).
 */
public final class Readiness {

  /** One-sided 95% multiplier of the verdict rule. */
  public static final double DECISION_Z = 1.645;

  /** Multiplier of the 68% band: one SEM. */
  public static final double Z68 = 1.0;

  /** Multiplier of the 90% band, Φ⁻¹(0.95). */
  public static final double Z90 = StandardNormal.quantile(0.95);

  /** Multiplier of the 95% band, Φ⁻¹(0.975). */
  public static final double Z95 = StandardNormal.quantile(0.975);

  private Readiness() {}

  /**
   * Assesses a passport against criteria.
   *
   * @param passport family → reported score and SEM
   * @param criteria weights, threshold, minimums and scale
   * @return a complete or incomplete result
   * @throws IllegalArgumentException naming an invalid family, score or SEM
   */
  public static ReadinessResult assess(
      Map<String, FamilyScore> passport, ReadinessCriteria criteria) {
    if (passport == null || criteria == null) {
      throw new IllegalArgumentException("passport and criteria must not be null");
    }
    ReportingScale scale = criteria.scale();
    for (Map.Entry<String, FamilyScore> e : passport.entrySet()) {
      String family = Arguments.nonBlank(e.getKey(), "family");
      FamilyScore s = e.getValue();
      if (s == null) {
        throw new IllegalArgumentException("score of family '" + family + "' is null");
      }
      scale.requireOnScale(s.score(), "score of family '" + family + "'");
    }
    WeightSet weights = criteria.weights();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      String family = weights.family(i);
      boolean required = weights.normalisedWeight(i) > 0 || criteria.minimums().containsKey(family);
      if (required && !passport.containsKey(family)) {
        missing.add(family);
      }
    }
    List<FailedMinimum> failed = new ArrayList<>();
    for (Map.Entry<String, Integer> m : criteria.minimums().entrySet()) {
      FamilyScore s = passport.get(m.getKey());
      if (s != null && s.score() < m.getValue()) {
        failed.add(new FailedMinimum(m.getKey(), s.score(), m.getValue()));
      }
    }
    double t = criteria.threshold();
    if (!missing.isEmpty()) {
      return new ReadinessResult.Incomplete(t, missing, failed);
    }
    List<FamilyContribution> parts = new ArrayList<>();
    double c = 0;
    double variance = 0;
    for (int i = 0; i < weights.size(); i++) {
      double w = weights.normalisedWeight(i);
      if (w > 0) {
        String family = weights.family(i);
        FamilyScore s = passport.get(family);
        parts.add(new FamilyContribution(family, s.score(), s.sem(), w));
        c += w * s.score();
        variance += w * w * s.sem() * s.sem();
      }
    }
    double sem = Math.sqrt(variance);
    double z = z(c, sem, t);
    return new ReadinessResult.Complete(
        t,
        c,
        scale.round(c),
        sem,
        z,
        probabilityAtLeast(c, sem, t),
        band(scale, 0.68, Z68, c, sem),
        band(scale, 0.90, Z90, c, sem),
        band(scale, 0.95, Z95, c, sem),
        verdict(c, sem, t),
        failed,
        parts);
  }

  /**
   * {@code P(true ≥ T) = Φ((C − T)/SEM_C)}; 1 or 0 when {@code SEM_C = 0}.
   *
   * @param composite C
   * @param compositeSem SEM_C ({@code >= 0})
   * @param threshold T
   * @return the probability
   */
  public static double probabilityAtLeast(double composite, double compositeSem, double threshold) {
    if (compositeSem == 0) {
      return composite >= threshold ? 1 : 0;
    }
    return StandardNormal.cdf((composite - threshold) / compositeSem);
  }

  /**
   * The verdict rule with {@link #DECISION_Z}.
   *
   * @param composite C
   * @param compositeSem SEM_C
   * @param threshold T
   * @return READY, BORDERLINE or NOT_YET
   */
  public static Verdict verdict(double composite, double compositeSem, double threshold) {
    if (composite - DECISION_Z * compositeSem >= threshold) {
      return Verdict.READY;
    }
    if (composite + DECISION_Z * compositeSem < threshold) {
      return Verdict.NOT_YET;
    }
    return Verdict.BORDERLINE;
  }

  static double z(double composite, double compositeSem, double threshold) {
    if (compositeSem == 0) {
      return composite >= threshold ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return (composite - threshold) / compositeSem;
  }

  /**
   * The band {@code C ± z·SEM_C}, clipped to the scale: what {@link #assess} reports as {@code
   * band68}, {@code band90} ({@link #Z90}) and {@code band95}, for a composite computed elsewhere
   * (a ranking of many candidates computes C and SEM_C with the same formulas).
   *
   * @param scale the reporting scale
   * @param level the nominal coverage, e.g. 0.90
   * @param z the multiplier, e.g. {@link #Z90}
   * @param c the composite
   * @param sem the composite's SEM
   * @return the band
   */
  public static CompositeBand band(
      ReportingScale scale, double level, double z, double c, double sem) {
    return new CompositeBand(level, z, scale.clip(c - z * sem), scale.clip(c + z * sem));
  }
}
