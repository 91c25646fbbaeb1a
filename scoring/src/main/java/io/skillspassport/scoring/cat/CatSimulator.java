package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThetaEstimate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs simulated candidates through an {@link AdaptiveTest} and reports length, bias, RMSE, 95%
 * coverage and item exposure.
 *
 * <p>A simulated candidate with true ability θ answers item i in category j with probability {@code
 * P_ij(θ)} (one uniform draw against the cumulative category probabilities), i.e. the model holds
 * exactly; pretest items are answered the same way. Everything is drawn from one {@link
 * SplittableRandom} seeded by the caller, candidate by candidate in the order of the θ values and
 * replications, so a seed reproduces a report exactly.
 *
 * <p>Measures at each θ over its R candidates: mean operational length; bias {@code mean(θ̂ − θ)};
 * RMSE {@code √mean((θ̂ − θ)²)}; 95% coverage, the share with {@code |θ̂ − θ| ≤ 1.96·SD} (the
 * posterior SD, so EAP's shrinkage towards 0 shows as bias and lower coverage at the extremes); the
 * largest share of those R candidates shown one item. Over all candidates: each item's exposure and
 * selection rate.
 */
public final class CatSimulator {

  private CatSimulator() {}

  /**
   * Simulates {@code replications} candidates at each θ.
   *
   * @param test the adaptive test
   * @param thetas true abilities (finite)
   * @param replications candidates per θ, {@code >= 1}
   * @param seed the random seed
   * @return the report
   */
  public static SimulationReport run(
      AdaptiveTest test, double[] thetas, int replications, long seed) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1 but was " + replications);
    }
    if (thetas.length == 0) {
      throw new IllegalArgumentException("give at least one theta");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> shown = new HashMap<>();
    Map<String, Integer> selected = new HashMap<>();
    List<SimulationReport.Row> rows = new ArrayList<>();
    for (double theta : thetas) {
      if (!Double.isFinite(theta)) {
        throw new IllegalArgumentException("theta must be finite but was " + theta);
      }
      Map<String, Integer> shownHere = new HashMap<>();
      double items = 0;
      double error = 0;
      double squared = 0;
      double se = 0;
      int covered = 0;
      for (int r = 0; r < replications; r++) {
        CatSession session = test.start();
        CatStep step = session.next(random);
        while (step instanceof CatStep.Administer give) {
          if (!give.pretest()) {
            shownHere.merge(give.item().id(), 1, Integer::sum);
            selected.merge(give.item().id(), 1, Integer::sum);
            for (String id : give.setAside()) {
              selected.merge(id, 1, Integer::sum);
            }
          }
          session = session.record(give, respond(give.item().item(), theta, random));
          step = session.next(random);
        }
        CatStep.Stop stop = (CatStep.Stop) step;
        ThetaEstimate e = stop.estimate();
        double d = e.requireTheta() - theta;
        items += stop.operationalItems();
        error += d;
        squared += d * d;
        se += e.requireStandardError();
        if (Math.abs(d) <= 1.96 * e.requireStandardError()) {
          covered++;
        }
      }
      int maxHere = shownHere.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      shownHere.forEach((id, n) -> shown.merge(id, n, Integer::sum));
      rows.add(
          new SimulationReport.Row(
              theta,
              replications,
              items / replications,
              error / replications,
              Math.sqrt(squared / replications),
              covered / (double) replications,
              se / replications,
              maxHere / (double) replications));
    }
    int total = thetas.length * replications;
    Map<String, Double> exposure = new HashMap<>();
    Map<String, Double> selection = new HashMap<>();
    for (BankItem item : test.bank().items()) {
      exposure.put(item.id(), shown.getOrDefault(item.id(), 0) / (double) total);
      selection.put(item.id(), selected.getOrDefault(item.id(), 0) / (double) total);
    }
    return new SimulationReport(rows, total, exposure, selection);
  }

  /**
   * Simulates {@code candidates} candidates with θ drawn from N(0, 1) (one replication each).
   *
   * @param test the adaptive test
   * @param candidates how many
   * @param seed the seed of the θ draws and of the simulation
   * @return the report (one row per candidate)
   */
  public static SimulationReport population(AdaptiveTest test, int candidates, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] thetas = new double[candidates];
    for (int i = 0; i < candidates; i++) {
      thetas[i] = standardNormal(random);
    }
    return run(test, thetas, 1, random.nextLong());
  }

  /** A response drawn from the item's category probabilities at θ. */
  static int respond(Item item, double theta, SplittableRandom random) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int j = 0; j < item.categoryCount() - 1; j++) {
      cumulative += item.probability(item.lowestResponse() + j, theta);
      if (u < cumulative) {
        return item.lowestResponse() + j;
      }
    }
    return item.highestResponse();
  }

  /** A N(0, 1) draw by Box–Muller (SplittableRandom has no nextGaussian on Java 17). */
  static double standardNormal(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
