package io.skillspassport.content.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two judgement banks — AI Output Evaluation ({@code AOE}) and AI-Collaboration Literacy
 * ({@code ACL}) — against the bank file format and the item-writing rules, read straight from the
 * shipped JSON (no loader involved, so the test stands on its own while the loader changes).
 *
 * <p>What it holds the files to:
 *
 * <ul>
 *   <li>Format: every field present, typed and within its length; one rationale per option with
 *       {@code null} exactly at the key; material and code lines at most 60 characters (a 390-px
 *       phone); no HTML or Markdown.
 *   <li>Counts: at least 60 operational and 4 pretest items; at least 6 operational items at every
 *       difficulty rating 1–6; every declared sub-skill used, at every rating, near its share.
 *   <li>Parameters, recomputed from the writer's rating by the published provisional rule: a = 1.0,
 *       b = difficulty − 3.5, c = 1 / number of options.
 *   <li>No cue in the key's position: no position holds more than 35% of the keys.
 *   <li>Unique codes; no two stems (with their material and code) the same or nearly the same —
 *       "nearly" meaning a Jaccard similarity of word trigrams of 0.8 or more.
 *   <li>Keys that can be computed are computed: each item's {@code check} program is run with
 *       {@code python3} (10-second limit) and must print exactly the key option and no other. At
 *       least 40% of the AI Output Evaluation items carry such a check; the judgement items without
 *       one are left to an independent blind solver.
 * </ul>
 */
class JudgementBanksTest {

  private static final String AOE = "ai-output-evaluation";
  private static final String ACL = "ai-collaboration-literacy";
  private static final Map<String, String> PREFIX = Map.of(AOE, "AOE", ACL, "ACL");
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/][^>]*>|\\*\\*|`|^#+ ");
  private static final double TOLERANCE = 1e-9;

  private static JsonObject read(String resource) {
    try (InputStream in = JudgementBanksTest.class.getClassLoader().getResourceAsStream(resource);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject bank(String slug) {
    return read("content/items/" + slug + ".json");
  }

  private static List<JsonObject> items(String slug) {
    return bank(slug).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> operational(String slug) {
    return items(slug).stream().filter(i -> !i.getBoolean("pretest")).toList();
  }

  private static List<String> options(JsonObject item) {
    return item.getJsonArray("options").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String optional(JsonObject item, String field) {
    return item.containsKey(field) && item.get(field).getValueType() == JsonValue.ValueType.STRING
        ? item.getString(field)
        : "";
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void declaresTheFamilyOfItsSlugAndTheProvisionalParameterRule(String slug) {
    JsonObject bank = bank(slug);
    String family = familyCode(slug);

    assertThat(bank.getString("family")).isEqualTo(family);
    assertThat(bank.getInt("contentVersion")).isEqualTo(2);
    assertThat(bank.getString("parameterStatus")).isEqualTo("PROVISIONAL");
    assertThat(bank.getString("parameterRule"))
        .contains("a = 1.0", "difficulty", "c = 1 / number of options", "Not calibrated");
    List<JsonObject> subskills = bank.getJsonArray("subskills").getValuesAs(JsonObject.class);
    assertThat(subskills).hasSizeGreaterThanOrEqualTo(2);
    double shares = 0;
    for (JsonObject s : subskills) {
      assertThat(s.getString("code")).matches("[a-z]+(-[a-z]+)*");
      assertThat(s.getString("name")).isNotBlank();
      shares += s.getJsonNumber("share").doubleValue();
    }
    assertThat(shares).isCloseTo(1.0, offset(1e-6));
  }

  private static String familyCode(String slug) {
    try (InputStream in =
            JudgementBanksTest.class.getClassLoader().getResourceAsStream("content/families.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .filter(f -> f.getString("slug").equals(slug))
          .map(f -> f.getString("code"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no family with slug " + slug));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void everyItemHasEveryFieldWithinItsLimits(String slug) {
    for (JsonObject item : items(slug)) {
      String code = item.getString("code");
      List<String> options = options(item);
      int correct = item.getInt("correct");
      JsonArray rationales = item.getJsonArray("distractorRationales");

      assertThat(item.getInt("difficulty")).as(code).isBetween(1, 6);
      assertThat(item.get("pretest").getValueType())
          .as(code)
          .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
      assertThat(item.getString("stem")).as(code).isNotBlank().hasSizeLessThanOrEqualTo(1000);
      assertThat(optional(item, "material")).as(code).hasSizeLessThanOrEqualTo(2000);
      assertThat(optional(item, "code_snippet")).as(code).hasSizeLessThanOrEqualTo(2000);
      assertThat(item.getString("explanation"))
          .as(code)
          .isNotBlank()
          .hasSizeLessThanOrEqualTo(4000);
      assertThat(options).as(code).hasSizeBetween(3, 5).doesNotHaveDuplicates();
      assertThat(options).as(code).allSatisfy(o -> assertThat(o).isNotBlank());
      assertThat(options)
          .as(code + " uses no all/none-of-the-above option")
          .noneMatch(o -> o.toLowerCase(Locale.ROOT).matches(".*(all|none) of the above.*"));
      assertThat(correct).as(code).isBetween(0, options.size() - 1);
      assertThat(rationales).as(code + " has one rationale per option").hasSize(options.size());
      for (int i = 0; i < options.size(); i++) {
        if (i == correct) {
          assertThat(rationales.isNull(i)).as(code + " has null at the key").isTrue();
        } else {
          assertThat(rationales.isNull(i)).as(code + " explains distractor " + i).isFalse();
          assertThat(rationales.getString(i)).as(code).isNotBlank();
        }
      }
      for (String field : List.of("material", "code_snippet")) {
        assertThat(optional(item, field).lines())
            .as(code + " " + field + " fits a phone")
            .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(60));
      }
      for (String text : plainTexts(item)) {
        assertThat(MARKUP.matcher(text).find()).as(code + " is plain text: " + text).isFalse();
      }
    }
  }

  private static List<String> plainTexts(JsonObject item) {
    List<String> texts = new ArrayList<>(options(item));
    texts.add(item.getString("stem"));
    texts.add(optional(item, "material"));
    texts.add(item.getString("explanation"));
    return texts;
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void hasSixtyOperationalAndFourPretestItemsSpreadOverEveryDifficulty(String slug) {
    List<JsonObject> items = items(slug);
    List<JsonObject> operational = operational(slug);
    Map<Integer, Long> perRating =
        operational.stream()
            .collect(Collectors.groupingBy(i -> i.getInt("difficulty"), Collectors.counting()));

    assertThat(operational).hasSizeGreaterThanOrEqualTo(60);
    assertThat(items.size() - operational.size()).isGreaterThanOrEqualTo(4);
    for (int rating = 1; rating <= 6; rating++) {
      assertThat(perRating.getOrDefault(rating, 0L))
          .as("operational items at difficulty " + rating)
          .isGreaterThanOrEqualTo(6);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void coversEverySubskillAtEveryDifficultyNearItsShare(String slug) {
    List<JsonObject> subskills = bank(slug).getJsonArray("subskills").getValuesAs(JsonObject.class);
    Set<String> declared =
        subskills.stream().map(s -> s.getString("code")).collect(Collectors.toSet());
    List<JsonObject> operational = operational(slug);

    assertThat(items(slug)).allSatisfy(i -> assertThat(declared).contains(i.getString("subskill")));
    for (JsonObject s : subskills) {
      String code = s.getString("code");
      List<JsonObject> mine =
          operational.stream().filter(i -> i.getString("subskill").equals(code)).toList();
      double expected = s.getJsonNumber("share").doubleValue() * operational.size();
      assertThat((double) mine.size()).as(code + " count").isBetween(expected - 3, expected + 3);
      assertThat(mine.stream().map(i -> i.getInt("difficulty")).collect(Collectors.toSet()))
          .as(code + " ratings")
          .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void parametersFollowTheProvisionalRuleFromTheDifficultyRating(String slug) {
    for (JsonObject item : items(slug)) {
      String code = item.getString("code");
      int difficulty = item.getInt("difficulty");
      int optionCount = options(item).size();

      assertThat(number(item, "a")).as(code + " a").isCloseTo(1.0, within());
      assertThat(number(item, "b")).as(code + " b").isCloseTo(difficulty - 3.5, within());
      assertThat(number(item, "c")).as(code + " c").isCloseTo(1.0 / optionCount, within());
    }
  }

  private static double number(JsonObject item, String field) {
    return ((JsonNumber) item.get(field)).doubleValue();
  }

  private static Offset<Double> within() {
    return offset(TOLERANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void noKeyPositionHoldsMoreThanAThirdOfTheKeys(String slug) {
    List<JsonObject> items = items(slug);
    Map<Integer, Long> perPosition =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    i -> i.getInt("correct"), TreeMap::new, Collectors.counting()));

    assertThat(perPosition.values())
        .as("keys per position " + perPosition)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo((long) Math.floor(0.35 * items.size())));
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void codesAreUniqueAndCarryTheFamilyPrefix(String slug) {
    List<String> codes = items(slug).stream().map(i -> i.getString("code")).toList();

    assertThat(codes).doesNotHaveDuplicates();
    assertThat(codes).allSatisfy(c -> assertThat(c).matches(PREFIX.get(slug) + "-\\d{3}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {AOE, ACL})
  void noTwoStemsAreTheSameOrNearlyTheSame(String slug) {
    List<JsonObject> items = items(slug);
    List<Set<String>> shingles = items.stream().map(JudgementBanksTest::trigrams).toList();
    Map<String, String> seen = new HashMap<>();

    for (int i = 0; i < items.size(); i++) {
      String normalised = String.join(" ", words(items.get(i)));
      String earlier = seen.putIfAbsent(normalised, items.get(i).getString("code"));
      assertThat(earlier).as(items.get(i).getString("code") + " repeats a stem").isNull();
      for (int j = 0; j < i; j++) {
        assertThat(jaccard(shingles.get(i), shingles.get(j)))
            .as(items.get(j).getString("code") + " and " + items.get(i).getString("code"))
            .isLessThan(0.8);
      }
    }
  }

  private static List<String> words(JsonObject item) {
    String text =
        String.join(
            " ",
            item.getString("stem"),
            optional(item, "material"),
            optional(item, "code_snippet"));
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static Set<String> trigrams(JsonObject item) {
    List<String> w = words(item);
    return IntStream.range(0, Math.max(0, w.size() - 2))
        .mapToObj(k -> w.get(k) + " " + w.get(k + 1) + " " + w.get(k + 2))
        .collect(Collectors.toSet());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 1.0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }

  @Test
  void atLeastFortyPercentOfOutputEvaluationKeysAreRecomputedByAProgram() {
    List<JsonObject> items = items(AOE);
    long checked = items.stream().filter(i -> !optional(i, "check").isBlank()).count();

    assertThat((double) checked / items.size()).isGreaterThanOrEqualTo(0.40);
  }

  @TestFactory
  Stream<DynamicTest> everyCheckProgramPrintsItsKeyAndNoOtherOption() {
    return Stream.of(AOE, ACL)
        .flatMap(slug -> items(slug).stream())
        .filter(i -> !optional(i, "check").isBlank())
        .map(
            item ->
                DynamicTest.dynamicTest(
                    item.getString("code"),
                    () -> {
                      List<String> options = options(item);
                      String printed = runPython(item.getString("check")).strip();

                      assertThat(printed).isEqualTo(options.get(item.getInt("correct")));
                      assertThat(options.stream().filter(printed::equals)).hasSize(1);
                    }));
  }

  /**
   * Runs a program with {@code python3}, fed on standard input, and returns what it printed. Fails
   * the test (rather than skipping it) when python3 is missing: an unchecked key must not pass.
   */
  private static String runPython(String program) throws IOException, InterruptedException {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder("python3", "-");
      builder.environment().put("PYTHONUTF8", "1");
      builder.environment().put("PYTHONIOENCODING", "utf-8");
      process = builder.start();
    } catch (IOException e) {
      return fail(
          "python3 is needed to check the keys but could not be started: " + e.getMessage());
    }
    try (OutputStream in = process.getOutputStream()) {
      in.write(program.getBytes(StandardCharsets.UTF_8));
    }
    var stdout = new ByteArrayOutputStream();
    var stderr = new ByteArrayOutputStream();
    Thread outReader = drain(process.getInputStream(), stdout);
    Thread errReader = drain(process.getErrorStream(), stderr);
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return fail("check program ran longer than 10 s");
    }
    outReader.join();
    errReader.join();
    assertThat(process.exitValue())
        .as("exit status; stderr: " + stderr.toString(StandardCharsets.UTF_8))
        .isZero();
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private static Thread drain(InputStream from, ByteArrayOutputStream to) {
    Thread t =
        new Thread(
            () -> {
              try (from) {
                from.transferTo(to);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    t.start();
    return t;
  }
}
