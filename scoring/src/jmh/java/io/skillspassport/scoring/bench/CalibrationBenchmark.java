package io.skillspassport.scoring.bench;

import io.skillspassport.scoring.calibration.CalibrationResult;
import io.skillspassport.scoring.calibration.Calibrator;
import io.skillspassport.scoring.calibration.Model;
import io.skillspassport.scoring.calibration.ResponseData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 2PL calibration of 60 items from 100,000 simulated respondents (θ ~ N(0,1), a ~ U(0.7, 2.0), b ~
 * U(−2, 2), seed 20261130; all patterns distinct), one thread. Target (issue 10): ≤ 10 s.
 *
 * <ul>
 *   <li>{@link #calibrateEstimatesOnly()}: EM to the 1e-4 criterion, no standard errors;
 *   <li>{@link #calibrateWithStandardErrors()}: the default, i.e. what the CLI runs: EM, the
 *       observed information by central differences (2k + 1 = 241 E-step passes) and the Newton
 *       polish.
 * </ul>
 *
 * <p>Single-shot runs (one calibration per measurement): {@code java -jar
 * scoring/target/scoring-benchmarks.jar CalibrationBenchmark}. On a shared, loaded machine the wall
 * clock mostly measures the load; {@link CalibrationCpuTime} reports the calibrating thread's CPU
 * time for the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CalibrationBenchmark {

  private ResponseData data;

  /** Simulates the responses. */
  @Setup
  public void setUp() {
    data = simulate();
  }

  /**
   * The benchmark's data set.
   *
   * @return 100,000 simulated 2PL response patterns to 60 items
   */
  static ResponseData simulate() {
    SplittableRandom random = new SplittableRandom(20261130);
    int n = 60;
    double[] a = new double[n];
    double[] b = new double[n];
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      a[i] = 0.7 + 1.3 * random.nextDouble();
      b[i] = -2 + 4 * random.nextDouble();
      ids.add("q" + (i + 1));
    }
    ResponseData.Builder builder = ResponseData.builder(ids);
    for (int p = 0; p < 100_000; p++) {
      double theta = random.nextGaussian();
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = random.nextDouble() < 1 / (1 + Math.exp(-a[i] * (theta - b[i]))) ? 1 : 0;
      }
      builder.add(r, 1);
    }
    return builder.build();
  }

  /**
   * EM only.
   *
   * @return the calibration (consumed by JMH)
   */
  @Benchmark
  public CalibrationResult calibrateEstimatesOnly() {
    return Calibrator.of(Model.TWO_PL).withoutStandardErrors().calibrate(data);
  }

  /**
   * EM, observed information, Newton polish, standard errors.
   *
   * @return the calibration (consumed by JMH)
   */
  @Benchmark
  public CalibrationResult calibrateWithStandardErrors() {
    return Calibrator.of(Model.TWO_PL).calibrate(data);
  }
}
