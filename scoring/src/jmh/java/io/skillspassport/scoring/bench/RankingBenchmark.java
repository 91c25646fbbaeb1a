package io.skillspassport.scoring.bench;

import io.skillspassport.scoring.ranking.CandidateScores;
import io.skillspassport.scoring.ranking.Ranking;
import io.skillspassport.scoring.ranking.RankingResult;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.WeightSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Readiness (composite, SEM_C, P(clears), verdict, minimums) and ranking of 100,000 candidates × 6
 * families against one weight set; 1% of candidates miss one family.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {

  private static final List<String> FAMILIES =
      List.of(
          "COGNITIVE_REASONING",
          "AI_OUTPUT_EVALUATION",
          "DATA_ANALYSIS",
          "PYTHON_FUNDAMENTALS",
          "AI_COLLABORATION_LITERACY",
          "COMMUNICATION");

  private CandidateScores candidates;
  private ReadinessCriteria criteria;

  /** Generates the candidates (seeded) and the criteria. */
  @Setup
  public void setUp() {
    Random random = new Random(20261127);
    CandidateScores.Builder builder = CandidateScores.builder(FAMILIES);
    int[] scores = new int[FAMILIES.size()];
    double[] sems = new double[FAMILIES.size()];
    for (int c = 0; c < 100_000; c++) {
      for (int f = 0; f < scores.length; f++) {
        scores[f] = (int) Math.max(300, Math.min(850, 575 + 75 * random.nextGaussian()));
        sems[f] = 20 + 30 * random.nextDouble();
      }
      if (random.nextInt(100) == 0) {
        scores[random.nextInt(scores.length)] = CandidateScores.MISSING;
      }
      builder.add("candidate-" + c, scores, sems);
    }
    candidates = builder.build();
    Map<String, Double> w = new LinkedHashMap<>();
    double[] raw = {0.75, 0.65, 0.65, 0.6, 0.55, 0.55};
    for (int f = 0; f < raw.length; f++) {
      w.put(FAMILIES.get(f), raw[f]);
    }
    criteria = ReadinessCriteria.of(WeightSet.of(w), 680, Map.of("PYTHON_FUNDAMENTALS", 500));
  }

  /**
   * Ranks all candidates.
   *
   * @return the ranking (consumed by JMH)
   */
  @Benchmark
  public RankingResult rankOneHundredThousandCandidates() {
    return Ranking.rank(candidates, criteria);
  }
}
