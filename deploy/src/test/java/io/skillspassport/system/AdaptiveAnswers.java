package io.skillspassport.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded answering strategy for adaptive tests in the browser, and the independent scorer that
 * checks what the portal shows.
 *
 * <p>The browser never sees an item's code or key: an item is recognised by its stem and option
 * texts in the shipped bank file ({@code content/items/<slug>.json}, read here straight from the
 * class path, not through the portal's loader). The strategy answers the best option (the key, or
 * the highest category) with probability {@code pRight} from a seeded generator, else the worst.
 * The expected score is the EAP under the N(0,1) prior on a 1601-point grid on [−8, 8] (not the
 * portal's grid), 2PL / 3PL / graded response by the brief's formulas, reported {@code
 * clamp(floor(575 + 75·θ + 0.5), 300, 850)}.
 */
public final class AdaptiveAnswers {

  private record Item(
      String code, double a, double[] b, double c, int correct, int[] categories, int options) {

    int best() {
      if (categories.length == 0) {
        return correct;
      }
      int best = 0;
      for (int i = 1; i < categories.length; i++) {
        best = categories[i] > categories[best] ? i : best;
      }
      return best;
    }

    int worst() {
      if (categories.length == 0) {
        return (correct + 1) % options; // a wrong option of this item (banks have 3 to 5)
      }
      int worst = 0;
      for (int i = 1; i < categories.length; i++) {
        worst = categories[i] < categories[worst] ? i : worst;
      }
      return worst;
    }

    double logLikelihood(int option, double theta) {
      if (categories.length == 0) {
        double p = c + (1 - c) / (1 + Math.exp(-a * (theta - b[0])));
        return Math.log(option == correct ? p : 1 - p);
      }
      int k = categories[option];
      double upper = k == 1 ? 1 : 1 / (1 + Math.exp(-a * (theta - b[k - 2])));
      double lower = k - 1 == b.length ? 0 : 1 / (1 + Math.exp(-a * (theta - b[k - 1])));
      return Math.log(upper - lower);
    }
  }

  private final Map<String, Item> byText = new HashMap<>();
  private final SplittableRandom random;
  private final double pRight;
  private final List<String[]> given = new ArrayList<>();
  private final Map<String, Item> byCode = new HashMap<>();

  /** Pretest items: served unscored, so their answers never enter {@link #eap}. */
  private final java.util.Set<String> pretest = new java.util.HashSet<>();

  private AdaptiveAnswers(long seed, double pRight) {
    this.random = new SplittableRandom(seed);
    this.pRight = pRight;
  }

  /** The strategy for the bank of family {@code slug}. */
  public static AdaptiveAnswers forBank(String slug, long seed, double pRight) {
    AdaptiveAnswers answers = new AdaptiveAnswers(seed, pRight);
    try (InputStream in =
            AdaptiveAnswers.class
                .getClassLoader()
                .getResourceAsStream("content/items/" + slug + ".json");
        JsonReader reader = Json.createReader(in)) {
      for (JsonValue value : reader.readObject().getJsonArray("items")) {
        JsonObject i = value.asJsonObject();
        Item item;
        List<String> texts = new ArrayList<>();
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
            texts.add(options.getJsonObject(k).getString("text"));
          }
          item =
              new Item(
                  i.getString("code"),
                  i.getJsonNumber("a").doubleValue(),
                  b,
                  0,
                  -1,
                  categories,
                  categories.length);
          answers.byText.put(key(i.getString("prompt"), texts), item);
        } else {
          i.getJsonArray("options")
              .getValuesAs(JsonString.class)
              .forEach(s -> texts.add(s.getString()));
          double c = i.containsKey("c") && !i.isNull("c") ? i.getJsonNumber("c").doubleValue() : 0;
          item =
              new Item(
                  i.getString("code"),
                  i.getJsonNumber("a").doubleValue(),
                  new double[] {i.getJsonNumber("b").doubleValue()},
                  c,
                  i.getInt("correct"),
                  new int[0],
                  texts.size());
          answers.byText.put(key(i.getString("stem"), texts), item);
        }
        answers.byCode.put(item.code(), item);
        if (i.getBoolean("pretest", false)) {
          answers.pretest.add(item.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answers;
  }

  /**
   * The option to choose for the item showing {@code stem} and {@code options}, recorded.
   *
   * @throws AssertionError if the bank has no such item
   */
  public int choose(String stem, List<String> options) {
    Item item = byText.get(key(stem, options));
    if (item == null) {
      throw new AssertionError("No item of the bank shows '" + stem + "' with " + options);
    }
    int option = random.nextDouble() < pRight ? item.best() : item.worst();
    given.add(new String[] {item.code(), Integer.toString(option)});
    return option;
  }

  /** How many items were answered. */
  public int answered() {
    return given.size();
  }

  /** How many of the answered items are scored: all but the pretest items (served unscored). */
  public int scored() {
    return (int) given.stream().filter(r -> !pretest.contains(r[0])).count();
  }

  /** How many of the answered items are pretest items. */
  public int pretest() {
    return given.size() - scored();
  }

  /** {θ, SD} of the answers given, by the independent EAP. */
  public double[] eap() {
    int points = 1601;
    double[] t = new double[points];
    double[] log = new double[points];
    double max = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < points; g++) {
      t[g] = -8 + 16.0 * g / (points - 1);
      log[g] = -t[g] * t[g] / 2;
      for (String[] r : given) {
        if (pretest.contains(r[0])) {
          continue; // served unscored
        }
        log[g] += byCode.get(r[0]).logLikelihood(Integer.parseInt(r[1]), t[g]);
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

  /** The reported score of the answers given. */
  public int reported() {
    return (int) Math.max(300, Math.min(850, Math.floor(575 + 75 * eap()[0] + 0.5)));
  }

  private static String key(String stem, List<String> options) {
    return normal(stem)
        + "\u0000"
        + String.join("\u0001", options.stream().map(AdaptiveAnswers::normal).toList());
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
