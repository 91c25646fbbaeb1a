package io.skillspassport.methodology.boundary;

import java.util.List;

/**
 * The live scoring configuration and a worked example, for the public methodology page.
 *
 * @param center scale score at θ = 0
 * @param slope scale points per unit of θ
 * @param minimum lowest reported score
 * @param maximum highest reported score
 * @param bandZ multiplier of the reported band (1.96 for 95%)
 * @param decisionZ multiplier of the readiness verdict rule (1.645)
 * @param example a family score worked from θ to the scale
 * @param readiness readiness worked for the example role, or null when no role is published
 */
public record MethodologyFacts(
    double center,
    double slope,
    int minimum,
    int maximum,
    double bandZ,
    double decisionZ,
    ScaleExample example,
    ReadinessExample readiness) {

  /** θ and SE(θ) taken to S*, the reported score, SEM and band. */
  public record ScaleExample(
      double theta,
      double thetaSe,
      double unclamped,
      int reported,
      double sem,
      int low,
      int high) {}

  /** One family in the readiness example. */
  public record Row(String family, double weight, double share, int score, double sem) {}

  /** A passport's readiness for a published role, with every intermediate number. */
  public record ReadinessExample(
      String roleTitle,
      String roleSlug,
      int threshold,
      List<Row> rows,
      double composite,
      double compositeSem,
      double band90Low,
      double band90High,
      double probability,
      String verdict) {}
}
