package io.skillspassport.content.items;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every multiple-choice bank file must satisfy, as written in the bank-format note and
 * the item-writing rules, checked on the parsed JSON. {@link #violations} returns one readable
 * sentence per broken rule, so a failing test names the item and the rule at once.
 *
 * <p>Checked: the header (family, content version, provisional status with its rule, sub-skills
 * with shares summing to 1); per item the code ({@code PREFIX-NNN}, prefix of the family, unique),
 * sub-skill, difficulty 1–6, pretest flag, lengths (stem ≤ 1000, material and code ≤ 2000,
 * explanation ≤ 4000 characters, lines of material and code ≤ 60 characters for a 390-px phone),
 * 3–5 distinct options, a key in range, one rationale per distractor and {@code null} at the key, a
 * {@code check} program that does more than print a literal, no HTML or Markdown in the text, and
 * the provisional parameters recomputed from the rule: {@code a = 1.0}, {@code b = difficulty −
 * 3.5}, {@code c = 1 / number of options}. Across the bank: at least {@value #MIN_OPERATIONAL}
 * operational and {@value #MIN_PRETEST} pretest items, at least {@value #MIN_PER_RATING}
 * operational items at every difficulty rating, every sub-skill present in the low (1–2), middle
 * (3–4) and high (5–6) bands and within {@value #SHARE_TOLERANCE} of its declared share, no key
 * position holding more than {@value #MAX_KEY_SHARE} of the items, and no two items whose
 * normalised stem + material + code are equal or near-identical.
 *
 * <p>Near-identical means a Jaccard similarity of at least {@value #NEAR_DUPLICATE} between the
 * sets of word 3-grams of the two normalised texts (lower case, every run of characters other than
 * letters and digits replaced by one space). Two sequence items that share the frame "What number
 * comes next in the sequence" but not the numbers stay well below it; a copied item with one word
 * changed lands above it.
 */
final class BankFileRules {

  static final int MIN_OPERATIONAL = 60;
  static final int MIN_PRETEST = 4;
  static final int MIN_PER_RATING = 6;
  static final double MAX_KEY_SHARE = 0.35;
  static final double SHARE_TOLERANCE = 0.10;
  static final double NEAR_DUPLICATE = 0.8;
  static final int MAX_LINE = 60;

  private static final double EPS = 1e-3;
  private static final Map<String, String> PREFIXES =
      Map.of(
          "COGNITIVE_REASONING", "CR",
          "AI_OUTPUT_EVALUATION", "AOE",
          "DATA_ANALYSIS", "DA",
          "PYTHON_FUNDAMENTALS", "PY",
          "AI_COLLABORATION_LITERACY", "ACL",
          "COMMUNICATION", "COM");
  private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][^>]*>|\\*\\*|`|^#+ ");
  private static final Pattern PRINT_LITERAL =
      Pattern.compile("print\\(\\s*(\"[^\"]*\"|'[^']*'|[-+]?[0-9.]+)\\s*\\)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private BankFileRules() {}

  /** Every broken rule of {@code bank}, one sentence each; empty when the bank is valid. */
  static List<String> violations(JsonObject bank) {
    List<String> out = new ArrayList<>();
    String prefix = header(bank, out);
    Set<String> subskills = subskills(bank, out);
    if (!bank.containsKey("items")
        || bank.get("items").getValueType() != JsonValue.ValueType.ARRAY) {
      out.add("The bank has no items array.");
      return out;
    }
    List<JsonObject> items = bank.getJsonArray("items").getValuesAs(JsonObject.class);
    boolean provisional = "PROVISIONAL".equals(bank.getString("parameterStatus", ""));
    Set<String> codes = new HashSet<>();
    for (JsonObject item : items) {
      String code = item.getString("code", "?");
      if (!codes.add(code)) {
        out.add(code + ": the code is used twice.");
      }
      item(item, prefix, subskills, provisional, out);
    }
    bankWide(bank, items, out);
    nearDuplicates(items, out);
    return out;
  }

  private static String header(JsonObject bank, List<String> out) {
    String family = bank.getString("family", "");
    String prefix = PREFIXES.get(family);
    if (prefix == null) {
      out.add("Unknown family '" + family + "'.");
    }
    if (!(bank.get("contentVersion") instanceof JsonNumber v)
        || !v.isIntegral()
        || v.intValue() < 1) {
      out.add("contentVersion must be a positive integer.");
    }
    String status = bank.getString("parameterStatus", "");
    if (!"PROVISIONAL".equals(status)) {
      out.add("parameterStatus must be PROVISIONAL until a calibration from responses exists.");
    }
    String rule = bank.getString("parameterRule", "");
    if (!rule.startsWith("Provisional") || !rule.contains("Not calibrated")) {
      out.add("parameterRule must say the parameters are provisional and not calibrated.");
    }
    return prefix == null ? "?" : prefix;
  }

  private static Set<String> subskills(JsonObject bank, List<String> out) {
    Set<String> codes = new HashSet<>();
    JsonArray list = bank.getJsonArray("subskills");
    if (list == null || list.isEmpty()) {
      out.add("The bank declares no sub-skills.");
      return codes;
    }
    double sum = 0;
    for (JsonObject s : list.getValuesAs(JsonObject.class)) {
      if (!codes.add(s.getString("code", "")) || s.getString("name", "").isBlank()) {
        out.add("Sub-skill '" + s.getString("code", "") + "' is unnamed or declared twice.");
      }
      sum += s.getJsonNumber("share").doubleValue();
    }
    if (Math.abs(sum - 1.0) > 0.011) {
      out.add("Sub-skill shares sum to " + sum + ", not 1.");
    }
    return codes;
  }

  private static void item(
      JsonObject item,
      String prefix,
      Set<String> subskills,
      boolean provisional,
      List<String> out) {
    String code = item.getString("code", "?");
    if (!code.matches(Pattern.quote(prefix) + "-\\d{3}")) {
      out.add(code + ": the code must be " + prefix + "-NNN.");
    }
    if (!subskills.contains(item.getString("subskill", ""))) {
      out.add(code + ": sub-skill '" + item.getString("subskill", "") + "' is not declared.");
    }
    int difficulty = item.getInt("difficulty", 0);
    if (difficulty < 1 || difficulty > 6) {
      out.add(code + ": difficulty must be 1 to 6.");
    }
    JsonValue pretest = item.get("pretest");
    if (pretest != JsonValue.TRUE && pretest != JsonValue.FALSE) {
      out.add(code + ": pretest must be true or false.");
    }
    text(item, "stem", 1000, true, code, out);
    text(item, "material", 2000, false, code, out);
    text(item, "code_snippet", 2000, false, code, out);
    text(item, "explanation", 4000, true, code, out);
    for (String field : List.of("material", "code_snippet")) {
      for (String line : item.getString(field, "").split("\n", -1)) {
        if (line.length() > MAX_LINE) {
          out.add(
              code + ": a " + field + " line is longer than " + MAX_LINE + " characters: " + line);
        }
      }
    }
    String check = item.getString("check", "");
    if (check.isBlank()) {
      out.add(code + ": no check program.");
    } else if (printsOnlyLiterals(check)) {
      out.add(
          code
              + ": the check only prints a constant; it must compute the key from the item's data.");
    }
    options(item, code, out);
    if (provisional) {
      parameters(item, difficulty, code, out);
    }
  }

  private static void text(
      JsonObject item, String field, int max, boolean required, String code, List<String> out) {
    JsonValue v = item.get(field);
    if (v == null || v == JsonValue.NULL) {
      if (required) {
        out.add(code + ": " + field + " is missing.");
      }
      return;
    }
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      out.add(code + ": " + field + " must be non-blank text.");
      return;
    }
    if (s.getString().length() > max) {
      out.add(code + ": " + field + " is longer than " + max + " characters.");
    }
    if (!field.equals("code_snippet") && MARKUP.matcher(s.getString()).find()) {
      out.add(code + ": " + field + " contains HTML or Markdown.");
    }
  }

  private static void options(JsonObject item, String code, List<String> out) {
    JsonArray options = item.getJsonArray("options");
    if (options == null || options.size() < 3 || options.size() > 5) {
      out.add(code + ": an item needs 3 to 5 options.");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (JsonValue o : options) {
      if (!(o instanceof JsonString s) || s.getString().isBlank()) {
        out.add(code + ": every option must be non-blank text.");
        return;
      }
      if (!seen.add(s.getString().strip())) {
        out.add(code + ": option '" + s.getString() + "' appears twice.");
      }
      if (MARKUP.matcher(s.getString()).find()) {
        out.add(code + ": option '" + s.getString() + "' contains HTML or Markdown.");
      }
    }
    int correct = item.getInt("correct", -1);
    if (correct < 0 || correct >= options.size()) {
      out.add(code + ": the key index is out of range.");
      return;
    }
    JsonArray rationales = item.getJsonArray("distractorRationales");
    if (rationales == null || rationales.size() != options.size()) {
      out.add(code + ": distractorRationales needs one entry per option.");
      return;
    }
    for (int i = 0; i < rationales.size(); i++) {
      JsonValue r = rationales.get(i);
      if (i == correct && r != JsonValue.NULL) {
        out.add(code + ": the rationale at the key's position must be null.");
      }
      if (i != correct && (!(r instanceof JsonString s) || s.getString().isBlank())) {
        out.add(code + ": distractor " + i + " has no rationale.");
      }
    }
  }

  private static void parameters(JsonObject item, int difficulty, String code, List<String> out) {
    int n = item.containsKey("options") ? item.getJsonArray("options").size() : 0;
    double[] expected = {1.0, difficulty - 3.5, n == 0 ? 0 : 1.0 / n};
    String[] names = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
      if (!(item.get(names[i]) instanceof JsonNumber actual)
          || Math.abs(actual.doubleValue() - expected[i]) > EPS) {
        out.add(
            code
                + ": "
                + names[i]
                + " must be "
                + expected[i]
                + " by the provisional rule, was "
                + item.get(names[i])
                + ".");
      }
    }
  }

  private static void bankWide(JsonObject bank, List<JsonObject> items, List<String> out) {
    List<JsonObject> operational =
        items.stream().filter(i -> i.get("pretest") == JsonValue.FALSE).toList();
    long pretest = items.stream().filter(i -> i.get("pretest") == JsonValue.TRUE).count();
    if (operational.size() < MIN_OPERATIONAL) {
      out.add(
          "Only " + operational.size() + " operational items; at least " + MIN_OPERATIONAL + ".");
    }
    if (pretest < MIN_PRETEST) {
      out.add("Only " + pretest + " pretest items; at least " + MIN_PRETEST + ".");
    }
    for (int d = 1; d <= 6; d++) {
      int rating = d;
      long n = operational.stream().filter(i -> i.getInt("difficulty", 0) == rating).count();
      if (n < MIN_PER_RATING) {
        out.add(
            "Only "
                + n
                + " operational items at difficulty "
                + d
                + "; at least "
                + MIN_PER_RATING
                + ".");
      }
    }
    JsonArray declared = bank.getJsonArray("subskills");
    if (declared != null && !operational.isEmpty()) {
      for (JsonObject s : declared.getValuesAs(JsonObject.class)) {
        String sub = s.getString("code", "");
        List<JsonObject> mine =
            operational.stream().filter(i -> sub.equals(i.getString("subskill", ""))).toList();
        double share = (double) mine.size() / operational.size();
        double want = s.getJsonNumber("share").doubleValue();
        if (Math.abs(share - want) > SHARE_TOLERANCE) {
          out.add(
              String.format(
                  Locale.ROOT, "Sub-skill %s has share %.2f; declared %.2f.", sub, share, want));
        }
        for (int b = 1; b <= 3; b++) {
          int wanted = b;
          if (mine.stream().noneMatch(i -> band(i) == wanted)) {
            out.add(
                "Sub-skill "
                    + sub
                    + " has no operational item at difficulty "
                    + (2 * b - 1)
                    + "–"
                    + (2 * b)
                    + ".");
          }
        }
      }
    }
    Map<Integer, Integer> keys = new HashMap<>();
    for (JsonObject i : items) {
      keys.merge(i.getInt("correct", -1), 1, Integer::sum);
    }
    keys.forEach(
        (position, n) -> {
          if (n > MAX_KEY_SHARE * items.size()) {
            out.add(
                String.format(
                    Locale.ROOT,
                    "Key position %d holds %d of %d items (more than %.0f%%).",
                    position,
                    n,
                    items.size(),
                    MAX_KEY_SHARE * 100));
          }
        });
  }

  /** Difficulty band: 1 for ratings 1–2, 2 for 3–4, 3 for 5–6. */
  private static int band(JsonObject item) {
    return (item.getInt("difficulty", 0) + 1) / 2;
  }

  private static void nearDuplicates(List<JsonObject> items, List<String> out) {
    Map<String, Set<String>> shingles = new LinkedHashMap<>();
    Map<String, String> normalised = new HashMap<>();
    for (JsonObject i : items) {
      String text =
          normalise(
              i.getString("stem", "")
                  + " "
                  + i.getString("material", "")
                  + " "
                  + i.getString("code_snippet", ""));
      String code = i.getString("code", "?");
      normalised.put(code, text);
      shingles.put(code, shingles(text));
    }
    List<String> codes = new ArrayList<>(shingles.keySet());
    for (int x = 0; x < codes.size(); x++) {
      for (int y = x + 1; y < codes.size(); y++) {
        String a = codes.get(x);
        String b = codes.get(y);
        if (normalised.get(a).equals(normalised.get(b))) {
          out.add(a + " and " + b + " have the same stem and material.");
        } else if (jaccard(shingles.get(a), shingles.get(b)) >= NEAR_DUPLICATE) {
          out.add(a + " and " + b + " have near-identical stems and material.");
        }
      }
    }
  }

  /**
   * True when every statement of a check, ignoring blank lines and comments, is a {@code print} of
   * a string or number literal: such a check restates the key instead of recomputing it.
   */
  static boolean printsOnlyLiterals(String check) {
    return check
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .allMatch(line -> PRINT_LITERAL.matcher(line).matches());
  }

  static String normalise(String text) {
    return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static Set<String> shingles(String normalised) {
    String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
    Set<String> out = new HashSet<>();
    if (words.length < 3) {
      out.add(normalised);
      return out;
    }
    for (int i = 0; i + 3 <= words.length; i++) {
      out.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 1.0 : (double) both.size() / union.size();
  }
}
