package io.skillspassport.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores adaptive attempts for tests, independently of the portal's loader and scoring module: the
 * item parameters come straight from a shipped bank file, and θ is the EAP under the N(0,1) prior
 * on a uniform grid of 1601 points on [−8, 8] (not the portal's 321-node grid), with the product
 * brief's formulas: 2PL {@code 1/(1+exp(−a(θ−b)))}, 3PL {@code c + (1−c)·that}, graded response
 * {@code P*(k) − P*(k+1)} with {@code P*(k) = 1/(1+exp(−a(θ−b_k)))}; reported {@code
 * clamp(floor(575 + 75·θ + 0.5), 300, 850)}. Agreement with the portal to 1e-3 in θ is the check.
 */
public final class IndependentScorer {

  /** One item of the bank file. */
  public record Item(
      String code, double a, double[] b, double c, int correct, int[] categories, int options) {

    /** The option index of the key (multiple choice), or of the highest category (graded). */
    public int best() {
      if (categories.length == 0) {
        return correct;
      }
      int best = 0;
      for (int i = 1; i < categories.length; i++) {
        if (categories[i] > categories[best]) {
          best = i;
        }
      }
      return best;
    }

    /** The option index of a wrong answer (multiple choice), or of the lowest category (graded). */
    public int worst() {
      if (categories.length == 0) {
        return (correct + 1) % options; // a wrong option of this item (banks have 3 to 5)
      }
      int worst = 0;
      for (int i = 1; i < categories.length; i++) {
        if (categories[i] < categories[worst]) {
          worst = i;
        }
      }
      return worst;
    }

    double logLikelihood(int option, double theta) {
      if (categories.length == 0) {
        double p = c + (1 - c) / (1 + Math.exp(-a * (theta - b[0])));
        return Math.log(option == correct ? p : 1 - p);
      }
      int k = categories[option];
      double upper = k - 1 == 0 ? 1 : star(k - 1, theta);
      double lower = k - 1 == b.length ? 0 : star(k, theta);
      return Math.log(upper - lower);
    }

    private double star(int k, double theta) {
      return 1 / (1 + Math.exp(-a * (theta - b[k - 1])));
    }
  }

  /** An answered item: its code and the option index chosen. */
  public record Response(String code, int option) {}

  private final Map<String, Item> items = new HashMap<>();

  /** Pretest items: served unscored, so they never enter {@link #eap}. */
  private final java.util.Set<String> pretest = new java.util.HashSet<>();

  private IndependentScorer() {}

  /** Reads {@code content/items/<slug>.json} from the class path. */
  public static IndependentScorer ofBank(String slug) {
    IndependentScorer scorer = new IndependentScorer();
    try (InputStream in =
            IndependentScorer.class
                .getClassLoader()
                .getResourceAsStream("content/items/" + slug + ".json");
        JsonReader reader = Json.createReader(in)) {
      for (JsonValue value : reader.readObject().getJsonArray("items")) {
        JsonObject i = value.asJsonObject();
        String code = i.getString("code");
        if (i.getBoolean("pretest", false)) {
          scorer.pretest.add(code);
        }
        double a = i.getJsonNumber("a").doubleValue();
        if (i.containsKey("thresholds")) {
          var t = i.getJsonArray("thresholds");
          double[] b = new double[t.size()];
          for (int k = 0; k < b.length; k++) {
            b[k] = t.getJsonNumber(k).doubleValue();
          }
          var options = i.getJsonArray("options");
          int[] categories = new int[options.size()];
          for (int k = 0; k < categories.length; k++) {
            categories[k] = options.getJsonObject(k).getInt("category");
          }
          scorer.items.put(code, new Item(code, a, b, 0, -1, categories, categories.length));
        } else {
          double c = i.containsKey("c") && !i.isNull("c") ? i.getJsonNumber("c").doubleValue() : 0;
          scorer.items.put(
              code,
              new Item(
                  code,
                  a,
                  new double[] {i.getJsonNumber("b").doubleValue()},
                  c,
                  i.getInt("correct"),
                  new int[0],
                  i.getJsonArray("options").size()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scorer;
  }

  public Item item(String code) {
    return items.get(code);
  }

  /** Whether the bank file marks {@code code} as a pretest item (served, never scored). */
  public boolean isPretest(String code) {
    return pretest.contains(code);
  }

  /** {θ, posterior SD} of the responses; answers to pretest items do not count. */
  public double[] eap(List<Response> responses) {
    int points = 1601;
    double[] t = new double[points];
    double[] log = new double[points];
    double max = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < points; g++) {
      t[g] = -8 + 16.0 * g / (points - 1);
      log[g] = -t[g] * t[g] / 2;
      for (Response r : responses) {
        if (pretest.contains(r.code())) {
          continue;
        }
        log[g] += items.get(r.code()).logLikelihood(r.option(), t[g]);
      }
      max = Math.max(max, log[g]);
    }
    double sum = 0;
    double first = 0;
    double[] w = new double[points];
    for (int g = 0; g < points; g++) {
      w[g] = Math.exp(log[g] - max);
      sum += w[g];
      first += w[g] * t[g];
    }
    double mean = first / sum;
    double second = 0;
    for (int g = 0; g < points; g++) {
      second += w[g] * (t[g] - mean) * (t[g] - mean);
    }
    return new double[] {mean, Math.sqrt(second / sum)};
  }

  /** The reported score of θ by the brief's formula. */
  public static int reported(double theta) {
    return (int) Math.max(300, Math.min(850, Math.floor(575 + 75 * theta + 0.5)));
  }
}
