package io.skillspassport.web.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message bundles as {@link MessageFormat} reads them ({@code h:outputFormat} and the beans
 * both use it). A single apostrophe opens a quoted span in a pattern, so "Kendall's τ … {0} version
 * {1}" rendered as "Kendalls τ … {0} version {1}"; a count written as "{n} candidates" rendered "1
 * candidates". The expected sentences below are written out by hand.
 */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  /** A lone apostrophe: one not doubled. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  static Stream<String> bundles() {
    return Stream.of(
        "io.skillspassport.web.messages",
        "io.skillspassport.web.candidate.messages",
        "io.skillspassport.web.employer.messages",
        "io.skillspassport.web.admin.messages");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyPatternWithPlaceholdersQuotesItsApostrophesAndFillsEveryPlaceholder(String name) {
    ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.ROOT);
    List<Executable> checks = new ArrayList<>();
    for (String key : bundle.keySet()) {
      String pattern = bundle.getString(key);
      if (!PLACEHOLDER.matcher(pattern).find()) {
        continue;
      }
      checks.add(
          () ->
              assertFalse(
                  LONE_APOSTROPHE.matcher(pattern).find(),
                  key + " has a lone apostrophe (write '' in a pattern): " + pattern));
      checks.add(
          () -> {
            Object[] arguments = {3, 4, 5, 6, 7, 8, 9};
            String shown = new MessageFormat(pattern, Locale.ROOT).format(arguments);
            assertFalse(shown.contains("{"), key + " leaves a placeholder unfilled: " + shown);
          });
    }
    assertAll(name, checks);
  }

  private static String employer(String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("io.skillspassport.web.employer.messages", Locale.ROOT);
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }

  @ParameterizedTest(name = "{0} candidates → {1}")
  @CsvSource({"0, no candidates", "1, 1 candidate", "2, 2 candidates", "1234, '1,234 candidates'"})
  void theComparisonCountsCandidatesWithPluralRules(int count, String shown) {
    assertEquals(shown, employer("compare.count", count));
  }

  @ParameterizedTest(name = "{0} discordant pairs → {1}")
  @CsvSource({"0, no pair swaps order", "1, 1 pair swaps order", "3, 3 pairs swap order"})
  void swappedPairsUsePluralRules(int count, String shown) {
    assertEquals(shown, employer("compare.stability.pairs", count));
  }

  @Test
  void theStabilityLeadKeepsKendallsApostropheAndNamesTheRoleVersion() {
    assertEquals(
        "Kendall's τ between this ranking and the ranking by the published weights of"
            + " ML Research Scientist version 2: 1 means the same order, 0 unrelated, −1 reversed.",
        employer("compare.stability.lead", "ML Research Scientist", 2));
  }

  @Test
  void theStabilityCountSaysOneCandidateInTheSingular() {
    String shown = employer("compare.stability.n", 1);
    assertEquals(
        "n = 1: 1 candidate with a complete passport under both weightings (τ is computed over"
            + " these; ties broken by candidate id)",
        shown);
  }
}
