package io.skillspassport.scoring.calibration;

import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.Quadrature;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThreePlItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Gamma;

/** One run of {@link Calibrator}: the state of Bock–Aitkin EM and the Newton polish. */
final class Estimation {

  private static final double NEWTON_TOLERANCE = 1e-7;
  private static final int MAX_NEWTON_STEPS = 25;
  private static final double MAX_SLOPE = 50;
  private static final double MAX_INTERCEPT = 100;
  private static final double NEGLIGIBLE = -34.5;
  private static final int WINDOW_MARGIN = 2;

  private final Calibrator calibrator;
  private final Model model;
  private final Slot[] slots;
  private final int nq;
  private final double[] nodes;
  private final double[] baseLogW;
  private final boolean latentFree;
  private final int muIndex;
  private final int tauIndex;
  private final int parameters;
  private final String[] names;
  private final int[][] blocks;

  private final int[] start;
  private final int[] flat;
  private final double[] weights;
  private final int[][] patterns;
  private final double totalWeight;

  /**
   * Per row and node: {@code log P_j − log P_0} for category rows j &gt; 0, and {@code −log P_0} in
   * row {@code rows + i} (item i not administered); see {@link #ePass}.
   */
  private final double[] logTable;

  private final double[] deltaCounts;
  private final double[] counts;
  private final double[] base;
  private final double[] nodeMass;
  private final double[] logW;
  private double logLikelihood;

  /** The accumulators of the observed information while its E-step pass runs (else null). */
  private Louis louis;

  /** Whether every item's log-likelihood is concave in θ (no 3PL item), so windows are safe. */
  private final boolean concave;

  /** Per pattern, the nodes that held posterior mass in the last pass (−1: not yet known). */
  private final short[] windowLo;

  private final short[] windowHi;
  private int lastLo;
  private int lastHi;
  private double[] x;

  Estimation(Calibrator calibrator, ResponseData data) {
    this.calibrator = calibrator;
    this.model = calibrator.model();
    List<String> ids = data.items();
    int n = ids.size();
    int[][] raw = data.unsafePatterns();
    double[] w = data.unsafeWeights();
    Map<String, Item> anchors = calibrator.anchors();

    int[] max = new int[n];
    for (int p = 0; p < raw.length; p++) {
      for (int i = 0; i < n; i++) {
        int v = raw[p][i];
        if (v == ResponsePattern.OMITTED) {
          continue;
        }
        Item anchor = anchors.get(ids.get(i));
        boolean ok = anchor != null ? anchor.accepts(v) : model.isDichotomous() ? v <= 1 : v >= 1;
        if (!ok) {
          String range =
              anchor != null
                  ? anchor.lowestResponse() + ".." + anchor.highestResponse()
                  : model.isDichotomous() ? "0..1" : "1..K";
          throw new IllegalArgumentException(
              "row "
                  + data.firstRow(p)
                  + ": response "
                  + v
                  + " to item '"
                  + ids.get(i)
                  + "' is outside its categories "
                  + range);
        }
        max[i] = Math.max(max[i], v);
      }
    }
    if (!anchors.isEmpty() && ids.stream().noneMatch(anchors::containsKey)) {
      throw new IllegalArgumentException(
          "none of the " + anchors.size() + " anchor items appears in the response data");
    }

    List<String> nameList = new ArrayList<>();
    slots = new Slot[n];
    int next = 0;
    int shared = -1;
    List<int[]> blockList = new ArrayList<>();
    List<Integer> sharedBlock = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      Item anchor = anchors.get(id);
      if (anchor != null) {
        slots[i] = anchorSlot(anchor);
        continue;
      }
      int[] index;
      double[] fixed;
      boolean guessing = model == Model.THREE_PL;
      int k = model == Model.GRM ? max[i] - 1 : 1;
      if (k < 1) {
        throw new CalibrationFailure(
            "item '"
                + id
                + "': every answered response is in category 1, so its thresholds have no finite"
                + " estimate");
      }
      index = new int[1 + k + (guessing ? 1 : 0)];
      fixed = new double[index.length];
      int first = next;
      switch (model) {
        case RASCH -> {
          index[0] = -1;
          fixed[0] = 1;
        }
        case ONE_PL -> {
          if (shared < 0) {
            shared = next++;
            nameList.add("common a");
          }
          index[0] = shared;
        }
        default -> {
          index[0] = next++;
          nameList.add("a of item '" + id + "'");
        }
      }
      for (int j = 1; j <= k; j++) {
        index[j] = next++;
        nameList.add("b" + j + " of item '" + id + "'");
      }
      if (guessing) {
        index[k + 1] = next++;
        nameList.add("c of item '" + id + "'");
      }
      slots[i] =
          new Slot(id, guessing, k, model == Model.GRM ? 1 : 0, index, fixed, Optional.empty());
      if (model == Model.ONE_PL) {
        for (int l = first; l < next; l++) {
          sharedBlock.add(l);
        }
      } else {
        int[] block = new int[next - first];
        for (int l = 0; l < block.length; l++) {
          block[l] = first + l;
        }
        blockList.add(block);
      }
    }
    if (!sharedBlock.isEmpty()) {
      blockList.add(sharedBlock.stream().mapToInt(Integer::intValue).toArray());
    }
    latentFree = Arrays.stream(slots).anyMatch(s -> s.anchor);
    if (latentFree) {
      muIndex = next++;
      tauIndex = next++;
      nameList.add("latent mean");
      nameList.add("latent SD");
    } else {
      muIndex = -1;
      tauIndex = -1;
    }
    parameters = next;
    names = nameList.toArray(new String[0]);
    blocks = blockList.toArray(new int[0][]);

    int rowCount = 0;
    for (Slot s : slots) {
      s.row = rowCount;
      rowCount += s.categories();
    }

    // category weights: identification check, start values
    double[] catWeight = new double[rowCount];
    int kept = 0;
    int entries = 0;
    for (int p = 0; p < raw.length; p++) {
      if (!(w[p] > 0)) {
        continue;
      }
      kept++;
      for (int i = 0; i < n; i++) {
        int v = raw[p][i];
        if (v == ResponsePattern.OMITTED) {
          entries++;
        } else {
          catWeight[slots[i].row + v - slots[i].lowest] += w[p];
          if (v != slots[i].lowest) {
            entries++;
          }
        }
      }
    }
    for (Slot s : slots) {
      double answered = 0;
      for (int j = 0; j < s.categories(); j++) {
        answered += catWeight[s.row + j];
      }
      if (!(answered > 0)) {
        throw new CalibrationFailure("item '" + s.id + "' has no responses");
      }
      if (s.anchor) {
        continue;
      }
      for (int j = 0; j < s.categories(); j++) {
        if (!(catWeight[s.row + j] > 0)) {
          throw new CalibrationFailure(
              "item '"
                  + s.id
                  + "': nobody answered "
                  + (s.lowest + j)
                  + (s.categories() == 2
                      ? " (every answered response is " + (s.lowest + 1 - j) + ")"
                      : "")
                  + ", so its "
                  + (s.categories() == 2 ? "difficulty" : "thresholds")
                  + " have no finite maximum-likelihood estimate");
        }
      }
    }

    if (parameters > kept - 1) {
      throw new CalibrationFailure(
          parameters
              + " parameters cannot be identified from "
              + kept
              + " distinct response patterns (at most "
              + (kept - 1)
              + "): the model is not identified by these data");
    }
    patterns = new int[kept][];
    weights = new double[kept];
    start = new int[kept + 1];
    flat = new int[entries];
    int at = 0;
    int e = 0;
    for (int p = 0; p < raw.length; p++) {
      if (!(w[p] > 0)) {
        continue;
      }
      patterns[at] = raw[p];
      weights[at] = w[p];
      start[at] = e;
      for (int i = 0; i < n; i++) {
        int v = raw[p][i];
        if (v == ResponsePattern.OMITTED) {
          flat[e++] = rowCount + i;
        } else if (v != slots[i].lowest) {
          flat[e++] = slots[i].row + v - slots[i].lowest;
        }
      }
      at++;
    }
    start[kept] = e;
    totalWeight = Arrays.stream(weights).sum();

    Quadrature quadrature = calibrator.quadrature();
    nq = quadrature.size();
    nodes = new double[nq];
    baseLogW = new double[nq];
    for (int q = 0; q < nq; q++) {
      nodes[q] = quadrature.node(q);
      baseLogW[q] = Math.log(quadrature.weight(q));
    }
    concave = Arrays.stream(slots).noneMatch(sl -> sl.guessing);
    windowLo = new short[kept];
    windowHi = new short[kept];
    Arrays.fill(windowHi, (short) -1);
    logTable = new double[(rowCount + n) * nq];
    deltaCounts = new double[(rowCount + n) * nq];
    counts = new double[rowCount * nq];
    base = new double[nq];
    nodeMass = new double[nq];
    logW = new double[nq];
    x = startValues(catWeight);
  }

  private static Slot anchorSlot(Item anchor) {
    boolean guessing = anchor instanceof ThreePlItem t && t.guessing() > 0;
    int k = anchor.thresholdCount();
    double a = anchor.discrimination();
    double[] fixed = new double[1 + k + (guessing ? 1 : 0)];
    fixed[0] = a;
    for (int j = 0; j < k; j++) {
      fixed[j + 1] = -a * anchor.threshold(j);
    }
    if (guessing) {
      double c = ((ThreePlItem) anchor).guessing();
      fixed[k + 1] = Math.log(c / (1 - c));
    }
    int[] index = new int[fixed.length];
    Arrays.fill(index, -1);
    return new Slot(
        anchor.id(), guessing, k, anchor.lowestResponse(), index, fixed, Optional.of(anchor));
  }

  /**
   * a = 1; intercepts from the observed cumulative proportions, {@code d = logit(p)·√(1 + a²/2.89)}
   * (the probit approximation of the marginal of a logistic item under N(0,1)); c = 0.2.
   */
  private double[] startValues(double[] catWeight) {
    double[] start = new double[parameters];
    for (Slot s : slots) {
      if (s.anchor) {
        continue;
      }
      if (s.index[0] >= 0) {
        start[s.index[0]] = 1;
      }
      double total = 0;
      for (int j = 0; j < s.categories(); j++) {
        total += catWeight[s.row + j];
      }
      double above = total;
      for (int j = 1; j <= s.k; j++) {
        above -= catWeight[s.row + j - 1];
        double pr = Math.min(0.99, Math.max(0.01, above / total));
        if (s.guessing) {
          pr = Math.min(0.95, Math.max(0.05, (pr - 0.2) / 0.8));
        }
        double d = Math.log(pr / (1 - pr)) * Math.sqrt(1 + 1 / 2.89);
        start[s.index[j]] = d;
      }
      for (int j = 2; j <= s.k; j++) {
        if (!(start[s.index[j]] < start[s.index[j - 1]])) {
          start[s.index[j]] = start[s.index[j - 1]] - 0.1;
        }
      }
      if (s.guessing) {
        start[s.index[s.k + 1]] = Math.log(0.2 / 0.8);
      }
    }
    return start;
  }

  CalibrationResult run() {
    int cycles = 0;
    double change = Double.POSITIVE_INFINITY;
    while (change > Calibrator.EM_TOLERANCE) {
      if (cycles == Calibrator.MAX_EM_CYCLES) {
        throw new CalibrationFailure(
            "EM did not converge in "
                + cycles
                + " cycles (largest parameter change in the last cycle "
                + Calibrator.format(change)
                + "); the model may be too rich for the data");
      }
      cycles++;
      ePass(x);
      double[] next = mStep(x);
      change = 0;
      for (int l = 0; l < parameters; l++) {
        change = Math.max(change, Math.abs(next[l] - x[l]));
      }
      x = next;
      checkBounds();
    }
    int newton = 0;
    double[][] cov = null;
    if (calibrator.standardErrors() && parameters > 0) {
      double[][] negH = observedInformation(x);
      checkIdentified(negH);
      double step = Double.POSITIVE_INFINITY;
      while (step > NEWTON_TOLERANCE) {
        if (newton == MAX_NEWTON_STEPS) {
          throw new CalibrationFailure(
              "Newton steps after EM did not converge (last step " + Calibrator.format(step) + ")");
        }
        newton++;
        double[] g = gradient(x);
        double[] delta = Linear.solve(negH, g);
        step = 0;
        for (int l = 0; l < parameters; l++) {
          x[l] += delta[l];
          step = Math.max(step, Math.abs(delta[l]));
        }
        checkBounds();
      }
      negH = observedInformation(x);
      checkIdentified(negH);
      cov = Linear.inverse(negH);
    } else {
      ePass(x);
    }
    List<CalibratedItem> items = new ArrayList<>();
    for (Slot s : slots) {
      items.add(Calibrator.report(s, x, cov));
    }
    double mu = latentFree ? x[muIndex] : 0;
    double sd = latentFree ? Math.exp(x[tauIndex]) : 1;
    return new CalibrationResult(
        model, items, logLikelihood, cycles, newton, parameters, totalWeight, mu, sd, itemFit());
  }

  private void checkBounds() {
    for (Slot s : slots) {
      if (s.anchor) {
        continue;
      }
      double[] eta = s.eta(x);
      boolean bad = !s.valid(eta) || Math.abs(eta[0]) > MAX_SLOPE;
      for (int j = 1; j <= s.k; j++) {
        bad |= Math.abs(eta[j]) > MAX_INTERCEPT;
      }
      if (bad) {
        throw new CalibrationFailure(
            "item '"
                + s.id
                + "': the estimates diverge (a = "
                + Calibrator.format(eta[0])
                + ", d1 = "
                + Calibrator.format(eta[1])
                + "); the item is not identified by these data");
      }
    }
    if (latentFree && !(Math.abs(x[muIndex]) < 10 && Math.abs(x[tauIndex]) < 5)) {
      throw new CalibrationFailure(
          "the latent mean and SD diverge: the anchors do not fix the scale");
    }
  }

  private void checkIdentified(double[][] negH) {
    for (double[] row : negH) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new CalibrationFailure("the observed information is not finite");
        }
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(negH, false));
    double[] values = eigen.getRealEigenvalues();
    double largest = 0;
    int smallest = 0;
    for (int l = 0; l < values.length; l++) {
      largest = Math.max(largest, Math.abs(values[l]));
      if (values[l] < values[smallest]) {
        smallest = l;
      }
    }
    if (!(values[smallest] > 1e-9 * largest)) {
      RealMatrix vector = eigen.getV();
      int worst = 0;
      for (int l = 0; l < values.length; l++) {
        if (Math.abs(vector.getEntry(l, smallest)) > Math.abs(vector.getEntry(worst, smallest))) {
          worst = l;
        }
      }
      throw new CalibrationFailure(
          "the information matrix is not positive definite (smallest eigenvalue "
              + Calibrator.format(values[smallest])
              + ", largest "
              + Calibrator.format(largest)
              + "): "
              + names[worst]
              + " is not identified by these data");
    }
  }

  // ---------------------------------------------------------------- E-step

  /**
   * One E-step pass. Every pattern starts from {@code base_q = log W_q + Σ_i log P_i0(θ_q)} (all
   * items in their lowest category) and adds one row per response that is not in the lowest
   * category ({@code log P_j − log P_0}) or not administered ({@code −log P_0}), so a pattern costs
   * work in proportion to those responses only; expected counts of the lowest categories follow as
   * {@code N_q − Σ_{j>0} r_ijq − m_iq}. Posterior weights below 1e-15 of the largest (e^-34.5) are
   * left out of the count sums, which skips most nodes for long tests; without 3PL items the log
   * joint itself is only summed over the previous pass's nodes ± 2 (see {@link #sumLogJoint}).
   */
  private void ePass(double[] at) {
    latentLogWeights(at, logW);
    fillLogTable(at);
    Arrays.fill(deltaCounts, 0);
    Arrays.fill(nodeMass, 0);
    double ll = 0;
    double[] acc = new double[nq];
    boolean windowed = concave;
    for (int p = 0; p < weights.length; p++) {
      int lo = 0;
      int hi = nq - 1;
      if (windowed && windowHi[p] >= 0) {
        lo = Math.max(0, windowLo[p] - WINDOW_MARGIN);
        hi = Math.min(nq - 1, windowHi[p] + WINDOW_MARGIN);
      }
      if (!sumLogJoint(p, acc, lo, hi)) {
        lo = 0;
        hi = nq - 1;
        sumLogJoint(p, acc, lo, hi);
      }
      ll += posterior(p, acc);
      if (louis != null) {
        louis.add(p, acc, lastLo, lastHi);
      }
      if (windowed) {
        windowLo[p] = (short) lastLo;
        windowHi[p] = (short) lastHi;
      }
    }
    logLikelihood = ll;
    lowestCategoryCounts();
  }

  /**
   * The log joint of pattern p on nodes lo..hi (−∞ elsewhere). Returns false when the window may
   * have cut off posterior mass: a window end that is not an end of the grid lies within {@link
   * #NEGLIGIBLE} of the window's maximum. With log-concave likelihoods and prior (every model but
   * 3PL) the log joint falls monotonically away from its mode, so ends below the threshold bound
   * everything outside.
   */
  private boolean sumLogJoint(int p, double[] acc, int lo, int hi) {
    Arrays.fill(acc, Double.NEGATIVE_INFINITY);
    System.arraycopy(base, lo, acc, lo, hi - lo + 1);
    for (int e = start[p]; e < start[p + 1]; e++) {
      int row = flat[e] * nq;
      for (int q = lo; q <= hi; q++) {
        acc[q] += logTable[row + q];
      }
    }
    if (lo == 0 && hi == nq - 1) {
      return true;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int q = lo; q <= hi; q++) {
      max = Math.max(max, acc[q]);
    }
    return (lo == 0 || acc[lo] - max < NEGLIGIBLE) && (hi == nq - 1 || acc[hi] - max < NEGLIGIBLE);
  }

  /**
   * Turns the log joint {@code acc} of pattern p into its posterior weights and adds them to the
   * counts; returns {@code w_p log Σ_q W_q L_p(θ_q)}.
   */
  private double posterior(int p, double[] acc) {
    double max = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < nq; q++) {
      max = Math.max(max, acc[q]);
    }
    double sum = 0;
    int lo = nq;
    int hi = -1;
    for (int q = 0; q < nq; q++) {
      double d = acc[q] - max;
      double v = d < NEGLIGIBLE ? 0 : Math.exp(d);
      acc[q] = v;
      sum += v;
      if (v > 0) {
        lo = Math.min(lo, q);
        hi = q;
      }
    }
    lastLo = lo;
    lastHi = hi;
    double w = weights[p];
    double scale = w / sum;
    for (int q = lo; q <= hi; q++) {
      acc[q] *= scale;
      nodeMass[q] += acc[q];
    }
    for (int e = start[p]; e < start[p + 1]; e++) {
      int row = flat[e] * nq;
      for (int q = lo; q <= hi; q++) {
        deltaCounts[row + q] += acc[q];
      }
    }
    return w * (max + Math.log(sum));
  }

  private void lowestCategoryCounts() {
    int rows = counts.length / nq;
    for (int i = 0; i < slots.length; i++) {
      Slot s = slots[i];
      int missing = (rows + i) * nq;
      for (int q = 0; q < nq; q++) {
        double lowest = nodeMass[q] - deltaCounts[missing + q];
        for (int j = 1; j < s.categories(); j++) {
          double r = deltaCounts[(s.row + j) * nq + q];
          counts[(s.row + j) * nq + q] = r;
          lowest -= r;
        }
        counts[s.row * nq + q] = Math.max(0, lowest);
      }
    }
  }

  private void fillLogTable(double[] at) {
    System.arraycopy(logW, 0, base, 0, nq);
    int rows = counts.length / nq;
    for (int i = 0; i < slots.length; i++) {
      Slot s = slots[i];
      double[] eta = s.eta(at);
      double[] p = new double[s.categories()];
      for (int q = 0; q < nq; q++) {
        s.evaluate(eta, nodes[q], p, null);
        double log0 = Math.log(Math.max(p[0], Double.MIN_NORMAL));
        base[q] += log0;
        logTable[(rows + i) * nq + q] = -log0;
        for (int j = 1; j < p.length; j++) {
          logTable[(s.row + j) * nq + q] = Math.log(Math.max(p[j], Double.MIN_NORMAL)) - log0;
        }
      }
    }
  }

  /** {@code log W_q}: the quadrature's N(0,1) weights, reweighted to N(μ, σ²) if μ, σ are free. */
  private void latentLogWeights(double[] at, double[] out) {
    if (!latentFree) {
      System.arraycopy(baseLogW, 0, out, 0, nq);
      return;
    }
    double mu = at[muIndex];
    double sigma = Math.exp(at[tauIndex]);
    double max = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < nq; q++) {
      double z = (nodes[q] - mu) / sigma;
      out[q] = baseLogW[q] + nodes[q] * nodes[q] / 2 - z * z / 2;
      max = Math.max(max, out[q]);
    }
    double sum = 0;
    for (int q = 0; q < nq; q++) {
      sum += Math.exp(out[q] - max);
    }
    double log = max + Math.log(sum);
    for (int q = 0; q < nq; q++) {
      out[q] -= log;
    }
  }

  // ---------------------------------------------------------------- M-step

  /**
   * The expected complete-data log-likelihood of the items (+ log prior of c) at {@code at}, from
   * the current counts; fills its gradient and, if {@code info != null}, the expected information.
   */
  private double itemTerms(double[] at, double[] grad, double[][] info) {
    double value = 0;
    if (grad != null) {
      Arrays.fill(grad, 0);
    }
    if (info != null) {
      for (double[] row : info) {
        Arrays.fill(row, 0);
      }
    }
    for (Slot s : slots) {
      if (s.anchor) {
        continue;
      }
      int cats = s.categories();
      int m = s.localCount();
      double[] eta = s.eta(at);
      double[] p = new double[cats];
      double[][] dp = new double[cats][m];
      double[] g = new double[m];
      double[][] f = new double[m][m];
      for (int q = 0; q < nq; q++) {
        s.evaluate(eta, nodes[q], p, grad == null ? null : dp);
        double nAnswered = 0;
        for (int j = 0; j < cats; j++) {
          nAnswered += counts[(s.row + j) * nq + q];
        }
        for (int j = 0; j < cats; j++) {
          double r = counts[(s.row + j) * nq + q];
          double pj = Math.max(p[j], Double.MIN_NORMAL);
          value += r * Math.log(pj);
          if (grad == null) {
            continue;
          }
          double coef = r / pj;
          for (int l = 0; l < m; l++) {
            g[l] += coef * dp[j][l];
          }
          if (info != null) {
            double scale = nAnswered / pj;
            for (int l = 0; l < m; l++) {
              for (int l2 = 0; l2 < m; l2++) {
                f[l][l2] += scale * dp[j][l] * dp[j][l2];
              }
            }
          }
        }
      }
      if (s.guessing) {
        int lg = s.k + 1;
        double c = Slot.sigmoid(eta[lg]);
        double alpha = Calibrator.GUESSING_PRIOR_ALPHA;
        double beta = Calibrator.GUESSING_PRIOR_BETA;
        value += (alpha - 1) * Math.log(c) + (beta - 1) * Math.log1p(-c);
        g[lg] += (alpha - 1) * (1 - c) - (beta - 1) * c;
        f[lg][lg] += (alpha + beta - 2) * c * (1 - c);
      }
      if (grad == null) {
        continue;
      }
      for (int l = 0; l < m; l++) {
        int gl = s.index[l];
        if (gl < 0) {
          continue;
        }
        grad[gl] += g[l];
        if (info != null) {
          for (int l2 = 0; l2 < m; l2++) {
            int gl2 = s.index[l2];
            if (gl2 >= 0) {
              info[gl][gl2] += f[l][l2];
            }
          }
        }
      }
    }
    return value;
  }

  private double[] mStep(double[] from) {
    double[] at = from.clone();
    if (latentFree) {
      double n = 0;
      double first = 0;
      for (int q = 0; q < nq; q++) {
        n += nodeMass[q];
        first += nodeMass[q] * nodes[q];
      }
      double mu = first / n;
      double second = 0;
      for (int q = 0; q < nq; q++) {
        second += nodeMass[q] * (nodes[q] - mu) * (nodes[q] - mu);
      }
      at[muIndex] = mu;
      at[tauIndex] = 0.5 * Math.log(second / n);
    }
    double[] grad = new double[parameters];
    double[][] info = new double[parameters][parameters];
    for (int iteration = 0; iteration < 10; iteration++) {
      double value = itemTerms(at, grad, info);
      double[] delta = new double[parameters];
      for (int[] block : blocks) {
        double[][] sub = new double[block.length][block.length];
        double[] rhs = new double[block.length];
        for (int r = 0; r < block.length; r++) {
          rhs[r] = grad[block[r]];
          for (int c = 0; c < block.length; c++) {
            sub[r][c] = info[block[r]][block[c]];
          }
        }
        double[] solved = Linear.solve(sub, rhs);
        for (int r = 0; r < block.length; r++) {
          delta[block[r]] = solved[r];
        }
      }
      double t = 1;
      double[] candidate = new double[parameters];
      boolean accepted = false;
      for (int halving = 0; halving < 40 && !accepted; halving++) {
        for (int l = 0; l < parameters; l++) {
          candidate[l] = at[l] + t * delta[l];
        }
        if (allValid(candidate)
            && itemTerms(candidate, null, null) >= value - 1e-12 * Math.abs(value)) {
          accepted = true;
        } else {
          t /= 2;
        }
      }
      if (!accepted) {
        break;
      }
      double moved = 0;
      for (int l = 0; l < parameters; l++) {
        moved = Math.max(moved, Math.abs(candidate[l] - at[l]));
      }
      System.arraycopy(candidate, 0, at, 0, parameters);
      if (moved < 1e-9) {
        break;
      }
    }
    return at;
  }

  private boolean allValid(double[] at) {
    for (Slot s : slots) {
      if (!s.anchor && !s.valid(s.eta(at))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------- gradient, information

  /** ∇ℓ at {@code at} by Fisher's identity (runs one E-step pass at {@code at}). */
  private double[] gradient(double[] at) {
    ePass(at);
    return gradientFromCounts(at);
  }

  private double[] gradientFromCounts(double[] at) {
    double[] grad = new double[parameters];
    itemTerms(at, grad, null);
    if (latentFree) {
      double mu = at[muIndex];
      double var = Math.exp(2 * at[tauIndex]);
      double meanFirst = 0;
      double meanSecond = 0;
      for (int q = 0; q < nq; q++) {
        double wq = Math.exp(logW[q]);
        double dz = nodes[q] - mu;
        meanFirst += wq * dz / var;
        meanSecond += wq * dz * dz / var;
      }
      double gMu = 0;
      double gTau = 0;
      for (int q = 0; q < nq; q++) {
        double dz = nodes[q] - mu;
        gMu += nodeMass[q] * (dz / var - meanFirst);
        gTau += nodeMass[q] * (dz * dz / var - meanSecond);
      }
      grad[muIndex] = gMu;
      grad[tauIndex] = gTau;
    }
    return grad;
  }

  /**
   * The observed information {@code −∂²ℓ/∂x∂xᵀ} at {@code at} by Louis's (1982) identity, in one
   * E-step pass. With {@code A_pq = log W_q + Σ_i log P_i(x_pi | θ_q)} (its gradient {@code ∇A_pq}
   * is the complete-data score of pattern p at node q), posterior weights {@code π_pq} and {@code
   * m_p = Σ_q π_pq ∇A_pq}:
   *
   * <pre>
   * −∂²ℓ/∂x∂xᵀ = −Σ_p w_p Σ_q π_pq ∇²A_pq  −  Σ_p w_p Σ_q π_pq ∇A_pq ∇A_pqᵀ  +  Σ_p w_p m_p m_pᵀ
   * </pre>
   *
   * <ol>
   *   <li>The first term depends on the data only through the expected counts: it is {@code −∂/∂x}
   *       of the complete-data gradient at fixed counts ({@link #completeGradient}, which includes
   *       the Beta prior of c and the latent μ, σ), taken by central differences (step 1e-4,
   *       truncation error ~1e-9 relative) — 2k evaluations of O(items·Q) each, no pass over the
   *       patterns.
   *   <li>The second term uses the split {@code ∇A_pq = c_q + Σ_{r ∈ rows(p)} D_rq} of {@link
   *       #ePass}: {@code c_q} is the score with every item in its lowest category (plus {@code ∇
   *       log W_q}), {@code D_rq} the change for a response in category j &gt; 0 ({@code ∇log P_j −
   *       ∇log P_0}) or a missing one ({@code −∇log P_0}), non-zero only on one item's parameters.
   *       Then {@code Σ_q [N_q c_q c_qᵀ + Σ_r n_rq (c_q D_rqᵀ + D_rq c_qᵀ + D_rq D_rqᵀ) + Σ_{r≠s}
   *       n_rsq D_rq D_sqᵀ]} with {@code N_q} the node mass, {@code n_rq} the expected counts and
   *       {@code n_rsq = Σ_p w_p π_pq [r, s ∈ rows(p)]} the pair table, accumulated in the pass at
   *       O(|rows(p)|² · nodes) per pattern.
   *   <li>The third term is accumulated per pattern from {@code m_p} at O(k²) per pattern.
   * </ol>
   *
   * The cost is one pass of O(N·(k² + |rows|²·Q)) instead of the k + 1 gradient passes of the
   * forward differences used before; at the same point the SEs of both agreed to 1.4e-4 relative on
   * the test data sets (the forward difference's truncation error), and {@code
   * ObservedInformationTest} checks the SEs against a Richardson-extrapolated numerical Hessian of
   * an independently written ℓ.
   */
  private double[][] observedInformation(double[] at) {
    louis = new Louis(at);
    ePass(at);
    double[][] h = louis.information(at);
    louis = null;
    return h;
  }

  /**
   * {@code ∂/∂x Σ_q [Σ_ij r_ijq log P_ij(θ_q) + N_q log W_q] (+ log prior)} at fixed expected
   * counts (the gradient of the EM Q-function); {@link #logW} is restored afterwards.
   */
  private double[] completeGradient(double[] at) {
    double[] kept = logW.clone();
    latentLogWeights(at, logW);
    double[] g = gradientFromCounts(at);
    System.arraycopy(kept, 0, logW, 0, nq);
    return g;
  }

  /** The accumulators of {@link #observedInformation} during its E-step pass. */
  private final class Louis {

    private static final double STEP = 1e-4;
    private static final long PAIR_LIMIT = 64_000_000L;

    /** Per logTable row: its index among the rows of items with free parameters, or −1. */
    private final int[] freeRow;

    /** Per free row: the logTable row and the slot. */
    private final int[] rowOf;

    private final Slot[] slotOf;
    private final int free;

    /** {@code c_q}, node-major: {@code c[q·k + l]}. */
    private final double[] c;

    /** {@code D_rq} in the slot's local parameters: {@code d[f][q·m + l]}. */
    private final double[][] d;

    /**
     * {@code n_rsq} for free rows f &lt; g: node-major, triangular within a node (a pattern's pairs
     * at one node then lie in one slice of {@code pairsPerNode} cells, which stays in cache).
     */
    private final double[] pairs;

    private final int pairsPerNode;
    private final int[] pairIndex;

    /** {@code Σ_p w_p m_p m_pᵀ}, upper triangle. */
    private final double[][] outer;

    private final double[] m;
    private final int[] rowsOfPattern;

    Louis(double[] at) {
      int rows = counts.length / nq;
      freeRow = new int[rows + slots.length];
      Arrays.fill(freeRow, -1);
      List<Integer> freeRows = new ArrayList<>();
      List<Slot> owners = new ArrayList<>();
      for (int i = 0; i < slots.length; i++) {
        Slot s = slots[i];
        if (Arrays.stream(s.index).allMatch(l -> l < 0)) {
          continue;
        }
        for (int j = 1; j < s.categories(); j++) {
          freeRows.add(s.row + j);
          owners.add(s);
        }
      }
      for (int i = 0; i < slots.length; i++) {
        Slot s = slots[i];
        if (Arrays.stream(s.index).anyMatch(l -> l >= 0)) {
          freeRows.add(rows + i);
          owners.add(s);
        }
      }
      free = freeRows.size();
      long pairCount = (long) free * (free - 1) / 2 * nq;
      if (pairCount > PAIR_LIMIT) {
        throw new CalibrationFailure(
            "standard errors for "
                + free
                + " response categories need a pair table of "
                + pairCount
                + " cells; calibrate without standard errors");
      }
      rowOf = new int[free];
      slotOf = new Slot[free];
      for (int f = 0; f < free; f++) {
        rowOf[f] = freeRows.get(f);
        slotOf[f] = owners.get(f);
        freeRow[rowOf[f]] = f;
      }
      pairs = new double[(int) pairCount];
      pairsPerNode = free * (free - 1) / 2;
      pairIndex = new int[slots.length * (slots.length - 1) / 2];
      outer = new double[parameters][parameters];
      m = new double[parameters];
      rowsOfPattern = new int[slots.length];
      c = new double[nq * parameters];
      d = new double[free][];
      double[] w = new double[nq];
      latentLogWeights(at, w);
      if (latentFree) {
        double mu = at[muIndex];
        double var = Math.exp(2 * at[tauIndex]);
        double meanFirst = 0;
        double meanSecond = 0;
        for (int q = 0; q < nq; q++) {
          double dz = nodes[q] - mu;
          meanFirst += Math.exp(w[q]) * dz / var;
          meanSecond += Math.exp(w[q]) * dz * dz / var;
        }
        for (int q = 0; q < nq; q++) {
          double dz = nodes[q] - mu;
          c[q * parameters + muIndex] = dz / var - meanFirst;
          c[q * parameters + tauIndex] = dz * dz / var - meanSecond;
        }
      }
      int[] firstRowOf = new int[slots.length];
      Arrays.fill(firstRowOf, -1);
      for (int i = 0; i < slots.length; i++) {
        Slot s = slots[i];
        int missing = freeRow[rows + i];
        if (missing < 0) {
          continue;
        }
        int cats = s.categories();
        int k = s.localCount();
        double[] eta = s.eta(at);
        double[] p = new double[cats];
        double[][] dp = new double[cats][k];
        for (int j = 1; j < cats; j++) {
          d[freeRow[s.row + j]] = new double[nq * k];
        }
        d[missing] = new double[nq * k];
        for (int q = 0; q < nq; q++) {
          s.evaluate(eta, nodes[q], p, dp);
          double p0 = Math.max(p[0], Double.MIN_NORMAL);
          for (int l = 0; l < k; l++) {
            double s0 = dp[0][l] / p0;
            if (s.index[l] >= 0) {
              c[q * parameters + s.index[l]] += s0;
            }
            d[missing][q * k + l] = -s0;
            for (int j = 1; j < cats; j++) {
              d[freeRow[s.row + j]][q * k + l] = dp[j][l] / Math.max(p[j], Double.MIN_NORMAL) - s0;
            }
          }
        }
      }
    }

    private int pairOffset(int f, int g) {
      return f * free - f * (f + 1) / 2 + (g - f - 1);
    }

    /** Adds pattern p with {@code acc = w_p π_pq}, zero outside lo..hi. */
    void add(int p, double[] acc, int lo, int hi) {
      Arrays.fill(m, 0);
      for (int q = lo; q <= hi; q++) {
        double a = acc[q];
        int base = q * parameters;
        for (int l = 0; l < parameters; l++) {
          m[l] += a * c[base + l];
        }
      }
      int count = 0;
      for (int e = start[p]; e < start[p + 1]; e++) {
        int f = freeRow[flat[e]];
        if (f < 0) {
          continue;
        }
        rowsOfPattern[count++] = f;
        Slot s = slotOf[f];
        int k = s.localCount();
        double[] df = d[f];
        for (int l = 0; l < k; l++) {
          int gl = s.index[l];
          if (gl < 0) {
            continue;
          }
          double sum = 0;
          for (int q = lo; q <= hi; q++) {
            sum += acc[q] * df[q * k + l];
          }
          m[gl] += sum;
        }
      }
      int pairsOfPattern = 0;
      for (int x = 0; x < count; x++) {
        for (int y = x + 1; y < count; y++) {
          pairIndex[pairsOfPattern++] =
              pairOffset(
                  Math.min(rowsOfPattern[x], rowsOfPattern[y]),
                  Math.max(rowsOfPattern[x], rowsOfPattern[y]));
        }
      }
      for (int q = lo; q <= hi; q++) {
        double a = acc[q];
        int base = q * pairsPerNode;
        for (int t = 0; t < pairsOfPattern; t++) {
          pairs[base + pairIndex[t]] += a;
        }
      }
      double inverse = 1 / weights[p];
      for (int r = 0; r < parameters; r++) {
        double mr = m[r] * inverse;
        if (mr == 0) {
          continue;
        }
        double[] row = outer[r];
        for (int col = r; col < parameters; col++) {
          row[col] += mr * m[col];
        }
      }
    }

    /** Combines the accumulators after the pass; counts and node masses are those of the pass. */
    double[][] information(double[] at) {
      double[][] h = new double[parameters][parameters];
      // term 1: −∂/∂x of the complete-data gradient, central differences
      for (int l = 0; l < parameters; l++) {
        double[] plus = at.clone();
        double[] minus = at.clone();
        plus[l] += STEP;
        minus[l] -= STEP;
        double[] gp = completeGradient(plus);
        double[] gm = completeGradient(minus);
        for (int r = 0; r < parameters; r++) {
          h[r][l] = -(gp[r] - gm[r]) / (2 * STEP);
        }
      }
      for (int r = 0; r < parameters; r++) {
        for (int col = r + 1; col < parameters; col++) {
          double v = (h[r][col] + h[col][r]) / 2;
          h[r][col] = v;
          h[col][r] = v;
        }
      }
      // term 2: Σ_p w_p Σ_q π_pq ∇A ∇Aᵀ
      double[][] second = new double[parameters][parameters];
      double[] ci = new double[parameters];
      for (int q = 0; q < nq; q++) {
        System.arraycopy(c, q * parameters, ci, 0, parameters);
        double mass = nodeMass[q];
        for (int r = 0; r < parameters; r++) {
          double v = mass * ci[r];
          if (v == 0) {
            continue;
          }
          for (int col = 0; col < parameters; col++) {
            second[r][col] += v * ci[col];
          }
        }
        for (int f = 0; f < free; f++) {
          double n = deltaCounts[rowOf[f] * nq + q];
          if (n == 0) {
            continue;
          }
          Slot s = slotOf[f];
          int k = s.localCount();
          for (int l = 0; l < k; l++) {
            int gl = s.index[l];
            if (gl < 0) {
              continue;
            }
            double v = n * d[f][q * k + l];
            for (int col = 0; col < parameters; col++) {
              second[gl][col] += v * ci[col];
              second[col][gl] += v * ci[col];
            }
            for (int l2 = 0; l2 < k; l2++) {
              int gl2 = s.index[l2];
              if (gl2 >= 0) {
                second[gl][gl2] += v * d[f][q * k + l2];
              }
            }
          }
        }
        for (int f = 0; f < free; f++) {
          Slot s = slotOf[f];
          int k = s.localCount();
          for (int g = f + 1; g < free; g++) {
            double n = pairs[q * pairsPerNode + pairOffset(f, g)];
            if (n == 0) {
              continue;
            }
            Slot t = slotOf[g];
            int k2 = t.localCount();
            for (int l = 0; l < k; l++) {
              int gl = s.index[l];
              if (gl < 0) {
                continue;
              }
              double v = n * d[f][q * k + l];
              for (int l2 = 0; l2 < k2; l2++) {
                int gl2 = t.index[l2];
                if (gl2 >= 0) {
                  double u = v * d[g][q * k2 + l2];
                  second[gl][gl2] += u;
                  second[gl2][gl] += u;
                }
              }
            }
          }
        }
      }
      // term 3: Σ_p w_p m_p m_pᵀ
      for (int r = 0; r < parameters; r++) {
        for (int col = 0; col < parameters; col++) {
          double third = r <= col ? outer[r][col] : outer[col][r];
          h[r][col] += third - second[r][col];
        }
      }
      return h;
    }
  }

  // ---------------------------------------------------------------- S-X²

  /**
   * Orlando–Thissen S-X² on the complete patterns, with the final parameters and latent weights
   * (the counts of the last E-step are not needed: observed proportions come from the data).
   */
  private Map<String, ItemFit> itemFit() {
    int n = slots.length;
    int maxScore = 0;
    for (Slot s : slots) {
      maxScore += s.k;
    }
    double[] observedN = new double[maxScore + 1];
    double[][] observed = new double[n][];
    for (int i = 0; i < n; i++) {
      observed[i] = new double[(maxScore + 1) * slots[i].categories()];
    }
    boolean any = false;
    for (int p = 0; p < patterns.length; p++) {
      int[] r = patterns[p];
      int score = 0;
      boolean complete = true;
      for (int i = 0; i < n && complete; i++) {
        complete = r[i] != ResponsePattern.OMITTED;
        if (complete) {
          score += r[i] - slots[i].lowest;
        }
      }
      if (!complete) {
        continue;
      }
      any = true;
      observedN[score] += weights[p];
      for (int i = 0; i < n; i++) {
        observed[i][score * slots[i].categories() + r[i] - slots[i].lowest] += weights[p];
      }
    }
    Map<String, ItemFit> fit = new HashMap<>();
    if (!any || maxScore < 2) {
      return fit;
    }
    double[][][] probs = new double[n][nq][];
    for (int i = 0; i < n; i++) {
      double[] eta = slots[i].eta(x);
      for (int q = 0; q < nq; q++) {
        probs[i][q] = new double[slots[i].categories()];
        slots[i].evaluate(eta, nodes[q], probs[i][q], null);
      }
    }
    double[] wq = new double[nq];
    for (int q = 0; q < nq; q++) {
      wq[q] = Math.exp(logW[q]);
    }
    double[] denominator = new double[maxScore + 1];
    for (int q = 0; q < nq; q++) {
      double[] full = lordWingersky(probs, q, -1, maxScore);
      for (int s = 0; s <= maxScore; s++) {
        denominator[s] += wq[q] * full[s];
      }
    }
    boolean sharedSlope = model == Model.ONE_PL;
    for (int i = 0; i < n; i++) {
      Slot slot = slots[i];
      int cats = slot.categories();
      double[] expected = new double[(maxScore + 1) * cats];
      for (int q = 0; q < nq; q++) {
        double[] rest = lordWingersky(probs, q, i, maxScore);
        for (int s = 0; s <= maxScore; s++) {
          for (int j = 0; j < cats && j <= s; j++) {
            expected[s * cats + j] += wq[q] * probs[i][q][j] * rest[s - j];
          }
        }
      }
      List<double[]> groups = new ArrayList<>();
      double[] open = new double[2 * cats];
      for (int s = 1; s < maxScore; s++) {
        for (int j = 0; j < cats; j++) {
          open[j] += observed[i][s * cats + j];
          open[cats + j] += observedN[s] * expected[s * cats + j] / denominator[s];
        }
        if (enough(open, cats)) {
          groups.add(open);
          open = new double[2 * cats];
        }
      }
      if (Arrays.stream(open).anyMatch(v -> v > 0)) {
        if (groups.isEmpty()) {
          groups.add(open);
        } else {
          double[] last = groups.get(groups.size() - 1);
          for (int c = 0; c < last.length; c++) {
            last[c] += open[c];
          }
        }
      }
      double sx2 = 0;
      for (double[] g : groups) {
        for (int j = 0; j < cats; j++) {
          double e = g[cats + j];
          if (e > 0) {
            sx2 += (g[j] - e) * (g[j] - e) / e;
          }
        }
      }
      int df = groups.size() * (cats - 1) - slot.ownParameters(sharedSlope);
      if (df >= 1 && Double.isFinite(sx2)) {
        double p = Gamma.regularizedGammaQ(df / 2.0, sx2 / 2);
        fit.put(slot.id, new ItemFit(slot.id, sx2, df, p, groups.size()));
      }
    }
    return fit;
  }

  private static boolean enough(double[] group, int cats) {
    for (int j = 0; j < cats; j++) {
      if (group[cats + j] < 1) {
        return false;
      }
    }
    return true;
  }

  /** P(summed score = s | θ_q) over all items but {@code skip} (−1: all items). */
  private double[] lordWingersky(double[][][] probs, int q, int skip, int maxScore) {
    double[] dist = new double[maxScore + 1];
    dist[0] = 1;
    int reach = 0;
    double[] next = new double[maxScore + 1];
    for (int i = 0; i < slots.length; i++) {
      if (i == skip) {
        continue;
      }
      double[] p = probs[i][q];
      int k = slots[i].k;
      Arrays.fill(next, 0, reach + k + 1, 0);
      for (int s = 0; s <= reach; s++) {
        double d = dist[s];
        for (int j = 0; j <= k; j++) {
          next[s + j] += d * p[j];
        }
      }
      reach += k;
      double[] t = dist;
      dist = next;
      next = t;
    }
    return dist;
  }
}
