package io.skillspassport.content.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The graded-response Communication bank against its published provisional rule and the format
 * shared by all banks, read straight from the shipped JSON.
 *
 * <p>Items COM-01 to COM-22 keep the hand-set parameters of content version 1, so their texts and
 * parameters are not re-derived here; their difficulty rating must be the middle threshold + 3.5,
 * rounded (how the rating was assigned). Items from COM-23 must follow the rule: a = 1.0 and
 * thresholds (d − 3.5) − 1.2, (d − 3.5), (d − 3.5) + 1.2 for the writer's rating d.
 *
 * <p>The length of a reply must not give its category away (an outside review found the best reply
 * was the longest in 48 of 64 items of content version 1): picking the longest reply may find the
 * best one in at most a quarter of the items (chance for four replies), and Spearman's ρ between
 * reply length and category over all replies must stay within ±0.15, and no other length rank
 * (second longest, third, shortest) may find the best reply in more than chance plus 5% of the
 * items ({@link LengthCue}).
 */
class CommunicationBankTest {

  private static final int FIRST_RULE_ITEM = 23;
  private static final double TOLERANCE = 1e-9;

  private static JsonObject bank() {
    try (InputStream in =
            CommunicationBankTest.class
                .getClassLoader()
                .getResourceAsStream("content/items/communication.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonObject> items() {
    return bank().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static double[] thresholds(JsonObject item) {
    return item.getJsonArray("thresholds").getValuesAs(JsonNumber.class).stream()
        .mapToDouble(JsonNumber::doubleValue)
        .toArray();
  }

  private static int number(JsonObject item) {
    return Integer.parseInt(item.getString("code").substring("COM-".length()));
  }

  @Test
  void declaresProvisionalParametersAndItsSubskills() {
    JsonObject bank = bank();
    Set<String> declared =
        bank.getJsonArray("subskills").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("code"))
            .collect(Collectors.toSet());

    assertThat(bank.getString("family")).isEqualTo("COMMUNICATION");
    assertThat(bank.getString("parameterStatus")).isEqualTo("PROVISIONAL");
    assertThat(bank.getString("parameterRule")).contains("Not calibrated");
    assertThat(items()).allSatisfy(i -> assertThat(declared).contains(i.getString("subskill")));
    assertThat(items().stream().map(i -> i.getString("subskill")).collect(Collectors.toSet()))
        .isEqualTo(declared);
  }

  @Test
  void everyItemIsAWellFormedGradedResponseItem() {
    for (JsonObject item : items()) {
      String code = item.getString("code");
      List<JsonObject> options = item.getJsonArray("options").getValuesAs(JsonObject.class);
      double[] t = thresholds(item);

      assertThat(code).matches("COM-\\d{2,3}");
      assertThat(item.getInt("difficulty")).as(code).isBetween(1, 6);
      assertThat(item.containsKey("pretest")).as(code).isTrue();
      assertThat(item.getString("scenario")).as(code).isNotBlank();
      assertThat(item.getString("prompt")).as(code).isNotBlank();
      assertThat(item.getString("rationale")).as(code).isNotBlank();
      assertThat(options.stream().map(o -> o.getInt("category")).sorted().toList())
          .as(code + " uses each category once")
          .containsExactly(1, 2, 3, 4);
      assertThat(options).allSatisfy(o -> assertThat(o.getString("text")).isNotBlank());
      assertThat(t).as(code + " has one threshold between each pair of categories").hasSize(3);
      assertThat(t[0] < t[1] && t[1] < t[2]).as(code + " thresholds increase").isTrue();
      assertThat(item.getJsonNumber("a").doubleValue()).as(code).isPositive();
    }
  }

  @Test
  void codesAndScenariosAreUnique() {
    List<JsonObject> items = items();

    assertThat(items.stream().map(i -> i.getString("code"))).doesNotHaveDuplicates();
    assertThat(
            items.stream()
                .map(
                    i ->
                        i.getString("scenario")
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N}]+", " ")
                            .strip()))
        .doesNotHaveDuplicates();
  }

  @Test
  void theLengthOfAReplyDoesNotGiveAwayItsCategory() {
    LengthCue cue = LengthCue.of(bank());

    assertThat(cue.bestIsLongest())
        .as("communication.json: " + cue)
        .isLessThanOrEqualTo(cue.chance() * cue.items() + 1e-9);
    assertThat(Math.abs(cue.rho()))
        .as("communication.json: " + cue)
        .isLessThanOrEqualTo(LengthCueTest.MAX_ABS_RHO);
    LengthCueTest.assertNoLengthRankGivesTheBestAway("communication.json", cue);
  }

  @Test
  void ratingsOfTheFirstItemsComeFromTheirHandSetMiddleThreshold() {
    for (JsonObject item : items()) {
      if (number(item) < FIRST_RULE_ITEM) {
        double middle = thresholds(item)[1];
        int rating = (int) Math.max(1, Math.min(6, Math.floor(middle + 3.5 + 0.5)));

        assertThat(item.getInt("difficulty")).as(item.getString("code")).isEqualTo(rating);
      }
    }
  }

  @Test
  void laterItemsFollowTheProvisionalRuleFromTheirRating() {
    for (JsonObject item : items()) {
      if (number(item) >= FIRST_RULE_ITEM) {
        String code = item.getString("code");
        double b = item.getInt("difficulty") - 3.5;
        double[] t = thresholds(item);

        assertThat(item.getJsonNumber("a").doubleValue())
            .as(code)
            .isCloseTo(1.0, offset(TOLERANCE));
        assertThat(t[0]).as(code).isCloseTo(b - 1.2, offset(TOLERANCE));
        assertThat(t[1]).as(code).isCloseTo(b, offset(TOLERANCE));
        assertThat(t[2]).as(code).isCloseTo(b + 1.2, offset(TOLERANCE));
      }
    }
  }
}
