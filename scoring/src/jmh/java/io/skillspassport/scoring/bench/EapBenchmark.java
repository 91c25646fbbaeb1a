package io.skillspassport.scoring.bench;

import io.skillspassport.scoring.irt.EapScorer;
import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.List;
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
 * EAP (standard 321-node quadrature) of one response pattern on a 30-item form: 24 2PL items and 6
 * four-category graded items. Patterns rotate over 64 pre-generated ones so branch prediction does
 * not learn a single pattern.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EapBenchmark {

  private EapScorer scorer;
  private ResponsePattern[] patterns;
  private int next;

  /** Builds the form, the scorer and the patterns (seeded). */
  @Setup
  public void setUp() {
    Random random = new Random(20261127);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      items.add(TwoPlItem.of("q" + i, 0.6 + 1.4 * random.nextDouble(), random.nextGaussian()));
    }
    for (int i = 0; i < 6; i++) {
      double b = random.nextGaussian() - 1;
      items.add(GradedResponseItem.of("r" + i, 0.8 + random.nextDouble(), b, b + 0.8, b + 1.7));
    }
    Form form = Form.of(items);
    scorer = EapScorer.of(form);
    patterns = new ResponsePattern[64];
    for (int p = 0; p < patterns.length; p++) {
      int[] r = new int[30];
      for (int i = 0; i < 24; i++) {
        r[i] = random.nextInt(2);
      }
      for (int i = 24; i < 30; i++) {
        r[i] = 1 + random.nextInt(4);
      }
      patterns[p] = ResponsePattern.of(r);
    }
  }

  /**
   * Scores one pattern.
   *
   * @return the estimate (consumed by JMH)
   */
  @Benchmark
  public ThetaEstimate eapOfOneThirtyItemPattern() {
    next = (next + 1) & 63;
    return scorer.score(patterns[next]);
  }
}
