package io.skillspassport.scoring.bench;

import io.skillspassport.scoring.calibration.CalibrationResult;
import io.skillspassport.scoring.calibration.Calibrator;
import io.skillspassport.scoring.calibration.Model;
import io.skillspassport.scoring.calibration.ResponseData;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time of the calibrating thread for {@link CalibrationBenchmark}'s data, for machines
 * whose load makes the wall clock meaningless: {@code java -cp
 * scoring/target/scoring-benchmarks.jar io.skillspassport.scoring.bench.CalibrationCpuTime}. Runs
 * the EM-only calibration twice (the first run warms the JIT up) and the default one (with standard
 * errors) once, printing CPU and wall seconds of each.
 */
public final class CalibrationCpuTime {

  private CalibrationCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ResponseData data = CalibrationBenchmark.simulate();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < 3; run++) {
      boolean standardErrors = run == 2;
      Calibrator calibrator = Calibrator.of(Model.TWO_PL);
      if (!standardErrors) {
        calibrator = calibrator.withoutStandardErrors();
      }
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      CalibrationResult result = calibrator.calibrate(data);
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: EM cycles %d, Newton steps %d, CPU %.2f s, wall %.2f s%n",
          standardErrors ? "with standard errors" : "estimates only",
          result.emCycles(),
          result.newtonSteps(),
          cpuSeconds,
          wallSeconds);
    }
  }
}
