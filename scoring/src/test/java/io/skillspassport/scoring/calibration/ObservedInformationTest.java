package io.skillspassport.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThreePlItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * The standard errors of a calibration against an independent computation: the marginal
 * log-likelihood {@code ℓ(a, b, c) = Σ_p w_p log Σ_q W_q Π_i P_i(x_pi | θ_q)} (+ the Beta(5, 17)
 * log prior of each c) is written out here on the documented quadrature (41 nodes on [−6, 6],
 * weights ∝ φ), its Hessian in the IRT parameters (a, b, c) is taken by central differences of ℓ
 * itself at the reported estimates (steps 2e-3 and 1e-3, Richardson-extrapolated), and {@code SE =
 * √diag((−H)⁻¹)}. At the maximum the observed information transforms as a tensor, so these SEs
 * equal the engine's (computed in slope-intercept form and carried to b and c by the delta method)
 * up to the differencing error. Largest relative differences measured: 2PL below 1e-5, 3PL 1.4e-5
 * (SE(a) 0.95 of a weakly determined item, where the matrix is ill-conditioned); tolerance 5e-5
 * relative. Before the information was taken at the Newton-polished maximum (it used to be taken at
 * the EM stopping point) the 3PL difference was 0.26%.
 */
class ObservedInformationTest {

  private static final int NODES = 41;

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** x[3i..3i+2] = (a, b, c) of item i; c ignored (0) unless {@code guessing}. */
  private static double logLikelihood(
      double[] x, List<int[]> patterns, List<Double> freq, int n, boolean guessing) {
    double[] theta = new double[NODES];
    double[] w = new double[NODES];
    double total = 0;
    for (int q = 0; q < NODES; q++) {
      theta[q] = -6 + 0.3 * q;
      w[q] = Math.exp(-theta[q] * theta[q] / 2);
      total += w[q];
    }
    double ll = 0;
    for (int p = 0; p < patterns.size(); p++) {
      int[] r = patterns.get(p);
      double marginal = 0;
      for (int q = 0; q < NODES; q++) {
        double l = w[q] / total;
        for (int i = 0; i < n; i++) {
          if (r[i] == ResponsePattern.OMITTED) {
            continue;
          }
          double c = guessing ? x[3 * i + 2] : 0;
          double p1 = c + (1 - c) * logistic(x[3 * i] * (theta[q] - x[3 * i + 1]));
          l *= r[i] == 1 ? p1 : 1 - p1;
        }
        marginal += l;
      }
      ll += freq.get(p) * Math.log(marginal);
    }
    if (guessing) {
      for (int i = 0; i < n; i++) {
        double c = x[3 * i + 2];
        ll += 4 * Math.log(c) + 16 * Math.log(1 - c);
      }
    }
    return ll;
  }

  /** Central second differences of ℓ with step h (error O(h²), removed by Richardson above). */
  private static double[][] hessian(
      double[] x, int[] free, double h, List<int[]> patterns, List<Double> freq, int n, boolean g) {
    double[][] hessian = new double[free.length][free.length];
    for (int r = 0; r < free.length; r++) {
      for (int c = r; c < free.length; c++) {
        double v = 0;
        for (int sr = -1; sr <= 1; sr += 2) {
          for (int sc = -1; sc <= 1; sc += 2) {
            double[] y = x.clone();
            y[free[r]] += sr * h;
            y[free[c]] += sc * h;
            v += sr * sc * logLikelihood(y, patterns, freq, n, g);
          }
        }
        hessian[r][c] = v / (4 * h * h);
        hessian[c][r] = hessian[r][c];
      }
    }
    return hessian;
  }

  private static void compare(Model model, boolean guessing, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 6;
    int people = 3000;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("q" + (i + 1));
    }
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 0.8 + 1.2 * random.nextDouble();
      b[i] = -1.5 + 3 * random.nextDouble();
    }
    ResponseData.Builder data = ResponseData.builder(ids);
    Map<List<Integer>, Double> distinct = new LinkedHashMap<>();
    for (int p = 0; p < people; p++) {
      double t = random.nextGaussian();
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        double c = guessing ? 0.2 : 0;
        double p1 = c + (1 - c) * logistic(a[i] * (t - b[i]));
        r[i] = random.nextDouble() < p1 ? 1 : 0;
        if (random.nextDouble() < 0.1) {
          r[i] = ResponsePattern.OMITTED;
        }
      }
      data.add(r, 1);
      distinct.merge(Arrays.stream(r).boxed().toList(), 1.0, Double::sum);
    }
    List<int[]> patterns = new ArrayList<>();
    List<Double> freq = new ArrayList<>();
    distinct.forEach(
        (r, f) -> {
          patterns.add(r.stream().mapToInt(Integer::intValue).toArray());
          freq.add(f);
        });
    CalibrationResult result = Calibrator.of(model).calibrate(data.build());

    int k = guessing ? 3 : 2;
    double[] x = new double[3 * n];
    for (int i = 0; i < n; i++) {
      CalibratedItem item = result.items().get(i);
      x[3 * i] = item.item().discrimination();
      x[3 * i + 1] = item.item().threshold(0);
      x[3 * i + 2] = guessing ? ((ThreePlItem) item.item()).guessing() : 0;
    }
    int[] free = new int[k * n];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        free[k * i + l] = 3 * i + l;
      }
    }
    double[][] coarse = hessian(x, free, 2e-3, patterns, freq, n, guessing);
    double[][] fine = hessian(x, free, 1e-3, patterns, freq, n, guessing);
    double[][] negH = new double[free.length][free.length];
    for (int r = 0; r < free.length; r++) {
      for (int c = 0; c < free.length; c++) {
        negH[r][c] = -(4 * fine[r][c] - coarse[r][c]) / 3;
      }
    }
    RealMatrix cov =
        new LUDecomposition(new Array2DRowRealMatrix(negH, false)).getSolver().getInverse();
    for (int i = 0; i < n; i++) {
      CalibratedItem item = result.items().get(i);
      double seA = Math.sqrt(cov.getEntry(k * i, k * i));
      double seB = Math.sqrt(cov.getEntry(k * i + 1, k * i + 1));
      assertThat(item.seA().orElseThrow()).isCloseTo(seA, within(5e-5 * seA));
      assertThat(item.seB().get(0).orElseThrow()).isCloseTo(seB, within(5e-5 * seB));
      if (guessing) {
        double seC = Math.sqrt(cov.getEntry(k * i + 2, k * i + 2));
        assertThat(item.seC().orElseThrow()).isCloseTo(seC, within(5e-5 * seC));
      }
    }
  }

  @Test
  void twoPlStandardErrorsEqualThoseOfTheNumericalHessianOfTheMarginalLikelihood() {
    compare(Model.TWO_PL, false, 20261201);
  }

  @Test
  void threePlStandardErrorsIncludeThePriorAndEqualThoseOfTheNumericalHessian() {
    compare(Model.THREE_PL, true, 20261202);
  }
}
