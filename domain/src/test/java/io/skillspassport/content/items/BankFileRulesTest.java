package io.skillspassport.content.items;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped multiple-choice bank satisfies {@link BankFileRules}; and, so that this test can
 * fail, the rules accept a synthetic well-formed bank and reject it after each kind of damage a
 * writer could do (a parameter off the rule, a copied stem, keys piled on one position, a missing
 * rationale, a line too wide for a phone, too few items at a rating, a sub-skill absent from a
 * band).
 */
class BankFileRulesTest {

  static Stream<String> banks() {
    return BankFiles.MULTIPLE_CHOICE.stream();
  }

  @ParameterizedTest
  @MethodSource("banks")
  void shippedBankFollowsEveryRule(String fileName) {
    assertThat(BankFileRules.violations(BankFiles.read(fileName))).isEmpty();
  }

  @Test
  void acceptsAWellFormedSyntheticBank() {
    assertThat(BankFileRules.violations(synthetic(items -> {}))).isEmpty();
  }

  @Test
  void rejectsADifficultyParameterOffTheRule() {
    JsonObject bank =
        synthetic(items -> items.set(3, with(items.get(3), "b", Json.createValue(0.7))));
    assertThat(BankFileRules.violations(bank)).anyMatch(v -> v.startsWith("DA-004: b must be"));
  }

  @Test
  void rejectsAGuessingParameterThatIgnoresTheOptionCount() {
    JsonObject bank =
        synthetic(items -> items.set(8, with(items.get(8), "c", Json.createValue(0.2))));
    assertThat(BankFileRules.violations(bank)).anyMatch(v -> v.startsWith("DA-009: c must be"));
  }

  @Test
  void rejectsAStemCopiedWithOneWordChanged() {
    JsonObject bank =
        synthetic(
            items -> {
              String stem = items.get(1).getString("stem");
              String changed = stem.replaceFirst("\\S+$", "altered");
              items.set(5, with(items.get(5), "stem", Json.createValue(changed)));
            });
    assertThat(BankFileRules.violations(bank))
        .contains("DA-002 and DA-006 have near-identical stems and material.");
  }

  @Test
  void rejectsKeysPiledOnOnePosition() {
    JsonObject bank =
        synthetic(
            items -> {
              for (int i = 0; i < items.size(); i += 2) {
                items.set(i, keyAt(items.get(i), 0));
              }
            });
    assertThat(BankFileRules.violations(bank)).anyMatch(v -> v.startsWith("Key position 0 holds"));
  }

  @Test
  void rejectsAMissingDistractorRationaleAndARationaleAtTheKey() {
    JsonObject item = synthetic(items -> {}).getJsonArray("items").getJsonObject(0);
    int key = item.getInt("correct");
    JsonArrayBuilder broken = Json.createArrayBuilder();
    for (int i = 0; i < 4; i++) {
      broken.add(i == key ? Json.createValue("a rationale where none belongs") : JsonValue.NULL);
    }
    JsonObject bank =
        synthetic(
            items -> items.set(0, with(items.get(0), "distractorRationales", broken.build())));
    assertThat(BankFileRules.violations(bank))
        .contains("DA-001: the rationale at the key's position must be null.")
        .anyMatch(v -> v.matches("DA-001: distractor \\d has no rationale\\."));
  }

  @Test
  void rejectsAMaterialLineTooWideForAPhone() {
    String line = "x".repeat(BankFileRules.MAX_LINE + 1);
    JsonObject bank =
        synthetic(
            items -> items.set(2, with(items.get(2), "material", Json.createValue("ok\n" + line))));
    assertThat(BankFileRules.violations(bank))
        .anyMatch(v -> v.startsWith("DA-003: a material line is longer"));
  }

  @Test
  void rejectsTooFewItemsAtOneDifficulty() {
    JsonObject bank =
        synthetic(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getInt("difficulty") == 6 && i % 3 != 0) {
                  items.set(i, withDifficulty(items.get(i), 5));
                }
              }
            });
    assertThat(BankFileRules.violations(bank))
        .anyMatch(v -> v.startsWith("Only ") && v.contains("at difficulty 6"));
  }

  @Test
  void rejectsASubskillMissingFromTheHardBand() {
    JsonObject bank =
        synthetic(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                JsonObject it = items.get(i);
                if ("beta".equals(it.getString("subskill")) && it.getInt("difficulty") >= 5) {
                  items.set(i, withDifficulty(it, 4));
                }
              }
            });
    assertThat(BankFileRules.violations(bank))
        .contains("Sub-skill beta has no operational item at difficulty 5–6.");
  }

  @Test
  void rejectsACheckThatOnlyPrintsTheKey() {
    JsonObject bank =
        synthetic(
            items ->
                items.set(
                    6,
                    with(
                        items.get(6),
                        "check",
                        Json.createValue("# the key\nprint('option C')\n"))));
    assertThat(BankFileRules.violations(bank))
        .anyMatch(v -> v.startsWith("DA-007: the check only prints a constant"));
  }

  @Test
  void rejectsMarkupInAStem() {
    JsonObject bank =
        synthetic(
            items ->
                items.set(4, with(items.get(4), "stem", Json.createValue("Which is **bold**?"))));
    assertThat(BankFileRules.violations(bank)).contains("DA-005: stem contains HTML or Markdown.");
  }

  // --- a synthetic bank: 60 operational items (10 per rating, 3 sub-skills) + 4 pretest items ---

  private static final String[] SUBSKILLS = {"alpha", "beta", "gamma"};

  private static JsonObject synthetic(Consumer<List<JsonObject>> edit) {
    Random random = new Random(20261130L);
    List<JsonObject> items = new ArrayList<>();
    for (int n = 0; n < 64; n++) {
      int difficulty = n < 60 ? n / 10 + 1 : n - 59;
      items.add(item(n, difficulty, SUBSKILLS[n % 3], n >= 60, n % 4, randomStem(random)));
    }
    edit.accept(items);
    JsonArrayBuilder array = Json.createArrayBuilder();
    items.forEach(array::add);
    JsonArrayBuilder subskills = Json.createArrayBuilder();
    for (String s : SUBSKILLS) {
      subskills.add(
          Json.createObjectBuilder()
              .add("code", s)
              .add("name", "Sub-skill " + s)
              .add("share", 1.0 / 3));
    }
    return Json.createObjectBuilder()
        .add("family", "DATA_ANALYSIS")
        .add("contentVersion", 1)
        .add("parameterStatus", "PROVISIONAL")
        .add(
            "parameterRule",
            "Provisional, expert-set: a = 1.0; b = difficulty − 3.5; c = 1 / options. Not calibrated.")
        .add("subskills", subskills)
        .add("items", array)
        .build();
  }

  private static JsonObject item(
      int n, int difficulty, String subskill, boolean pretest, int correct, String stem) {
    JsonArrayBuilder options = Json.createArrayBuilder();
    JsonArrayBuilder rationales = Json.createArrayBuilder();
    for (int i = 0; i < 4; i++) {
      options.add("option " + (char) ('A' + i));
      if (i == correct) {
        rationales.addNull();
      } else {
        rationales.add("misconception " + i);
      }
    }
    return Json.createObjectBuilder()
        .add("code", String.format("DA-%03d", n + 1))
        .add("subskill", subskill)
        .add("difficulty", difficulty)
        .add("pretest", pretest)
        .add("stem", stem)
        .add("options", options)
        .add("correct", correct)
        .add("explanation", "why")
        .add("distractorRationales", rationales)
        .add("check", "key = " + correct + "\nprint('option ' + 'ABCD'[key])")
        .add("a", 1.0)
        .add("b", difficulty - 3.5)
        .add("c", 0.25)
        .build();
  }

  private static String randomStem(Random random) {
    StringBuilder stem = new StringBuilder();
    for (int w = 0; w < 12; w++) {
      for (int ch = 0; ch < 5; ch++) {
        stem.append((char) ('a' + random.nextInt(26)));
      }
      stem.append(' ');
    }
    return stem.toString().strip() + "?";
  }

  private static JsonObject with(JsonObject item, String field, JsonValue value) {
    return Json.createObjectBuilder(item).add(field, value).build();
  }

  private static JsonObject withDifficulty(JsonObject item, int difficulty) {
    return Json.createObjectBuilder(item)
        .add("difficulty", difficulty)
        .add("b", difficulty - 3.5)
        .build();
  }

  private static JsonObject keyAt(JsonObject item, int key) {
    JsonArrayBuilder rationales = Json.createArrayBuilder();
    for (int i = 0; i < 4; i++) {
      if (i == key) {
        rationales.addNull();
      } else {
        rationales.add("misconception " + i);
      }
    }
    return Json.createObjectBuilder(item)
        .add("correct", key)
        .add("distractorRationales", rationales)
        .build();
  }
}
