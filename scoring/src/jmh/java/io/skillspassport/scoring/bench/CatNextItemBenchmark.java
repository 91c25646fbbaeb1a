package io.skillspassport.scoring.bench;

import io.skillspassport.scoring.cat.AdaptiveTest;
import io.skillspassport.scoring.cat.CatRules;
import io.skillspassport.scoring.cat.CatSession;
import io.skillspassport.scoring.cat.CatStep;
import io.skillspassport.scoring.cat.ExposureControl;
import io.skillspassport.scoring.cat.ItemBank;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Choosing the next item of an adaptive test on a 300-item bank (240 2PL and 60 four-category graded
 * items, seeded) after 10 answers: information of the ~290 eligible items at the current EAP and the
 * exposure control's pick. Also {@code answer}: recording one answer (posterior update over 321
 * nodes and the new EAP).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatNextItemBenchmark {

  @Param({"none", "randomesque5", "sympson-hetter"})
  public String exposure;

  private CatSession session;
  private SplittableRandom random;
  private String nextId;

  /** Builds the bank, the rules and a session with 10 answers (seeded). */
  @Setup
  public void setUp() {
    Random r = new Random(20261130);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double a = 0.7 + 1.5 * r.nextDouble();
      double b = 1.2 * r.nextGaussian();
      items.add(
          i % 5 == 4
              ? GradedResponseItem.of("q" + i, a, b - 0.8, b, b + 0.8)
              : TwoPlItem.of("q" + i, a, b));
    }
    List<String> ids = items.stream().map(Item::id).toList();
    ExposureControl control =
        switch (exposure) {
          case "randomesque5" -> new ExposureControl.Randomesque(5);
          case "sympson-hetter" -> new ExposureControl.SympsonHetter(
              ids.stream()
                  .collect(java.util.stream.Collectors.toMap(id -> id, id -> 0.3 + 0.7 * r.nextDouble())));
          default -> new ExposureControl.None();
        };
    AdaptiveTest test =
        AdaptiveTest.of(
            ItemBank.untagged(items),
            CatRules.builder().targetSe(0.01).length(1, 100).exposure(control).build());
    random = new SplittableRandom(1);
    session = test.start();
    for (int i = 0; i < 10; i++) {
      CatStep.Administer give = (CatStep.Administer) session.next(random);
      session = session.record(give, give.item().item().lowestResponse() + (i % 2));
    }
    nextId = ((CatStep.Administer) session.next(random)).item().id();
  }

  /** The next item after 10 answers. */
  @Benchmark
  public CatStep next() {
    return session.next(random);
  }

  /** Recording one more answer. */
  @Benchmark
  public CatSession answer() {
    return session.answer(nextId, 1);
  }
}
