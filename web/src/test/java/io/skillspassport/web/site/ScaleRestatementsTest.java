package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reporting scale's ends and mean live in one place, the scoring module's {@code
 * ReportingScale}: no message-bundle sentence, no view and no main Java code of web or domain
 * restates them ({@link ScaleRestatements}), and the sentences that name the scale render exactly
 * the text they rendered when they still wrote the numbers out. The scan is shown to find each kind
 * of restatement, and to leave alone what is not one, on a throwaway fixture ({@code
 * src/test/resources/scale-restatements}).
 *
 * <p>Paths are relative to the web module, the directory Maven runs its tests in; the domain's
 * sources are its sibling's.
 */
class ScaleRestatementsTest {

  private static final Path BUNDLES = Path.of("src/main/resources/io/skillspassport/web");
  private static final Path VIEWS = Path.of("src/main/webapp");
  private static final Path WEB_JAVA = Path.of("src/main/java");
  private static final Path DOMAIN_JAVA = Path.of("../domain/src/main/java");

  @Test
  void noBundleSentenceRestatesTheScale() {
    assertThat(ScaleRestatements.filesUnder(BUNDLES)).isGreaterThanOrEqualTo(4);
    assertThat(ScaleRestatements.under(BUNDLES)).isEmpty();
  }

  @Test
  void noViewRestatesTheScale() {
    assertThat(ScaleRestatements.filesUnder(VIEWS)).isGreaterThan(20);
    assertThat(ScaleRestatements.under(VIEWS)).isEmpty();
  }

  @Test
  void noMainJavaCodeOfWebOrDomainRestatesTheScale() {
    assertThat(ScaleRestatements.filesUnder(WEB_JAVA)).isGreaterThan(20);
    assertThat(ScaleRestatements.filesUnder(DOMAIN_JAVA)).isGreaterThan(20);
    assertThat(ScaleRestatements.under(WEB_JAVA)).isEmpty();
    assertThat(ScaleRestatements.under(DOMAIN_JAVA)).isEmpty();
  }

  @Test
  void theScanFindsEachKindOfRestatementInAFixtureAndNothingElse() throws URISyntaxException {
    Path fixture =
        Path.of(ScaleRestatementsTest.class.getResource("/scale-restatements/page.xhtml").toURI())
            .getParent();

    List<String> found = ScaleRestatements.under(fixture);

    assertThat(found)
        .containsExactly(
            "Restated.java:6: String range = \"on the 300–850 scale\";",
            "Restated.java:7: String bottom = \"300\";",
            "Restated.java:9: return Math.max(300, Math.min(850, x));",
            "Restated.java:11: int[] ends = {300, 850};",
            "Restated.java:15: int top = 850;",
            "Restated.java:16: double centre = 575.0;",
            "messages.properties:2: restated.range=Scores lie on the 300–850 scale.",
            "messages.properties:3: restated.mean=The average candidate scores 575.",
            "messages.properties:4: restated.top=(beyond 850)",
            "page.xhtml:2: <text class=\"scale-tick\">300</text>",
            "page.xhtml:3: <text class=\"ex-note\">#{msg['home.example.average']} 575</text>");
  }

  @Test
  void commentsAreBlankedAndLiteralsKept() {
    String source = "int a = 1; // 850\n/* 300\n575 */ String s = \"it's // 850\";\nchar c = '\"';";

    assertThat(ScaleRestatements.withoutComments(source))
        .isEqualTo("int a = 1; \n\n String s = \"it's // 850\";\nchar c = '\"';");
  }

  /**
   * Each expected sentence is the bundle's text before the scale's numbers became arguments (git
   * history of the bundles), except the explainer's example band: the old text said 528–622, which
   * is 575 ± 47.04 rounded to the nearest point; the scale's rule rounds the band outward, [floor
   * 527.96, ceil 622.04] = [527, 623].
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "employer|editor.threshold|Readiness threshold (300–850)",
        "candidate|readiness.gap.notFeasible|(beyond 850)",
        "candidate|readiness.incomplete.explain|Readiness needs a score in every family the role"
            + " weighs; a missing family is never counted as 300.",
        "admin|items.abc|Parameters: a (discrimination) is how sharply the chance of a right answer"
            + " rises with ability; b (difficulty) is the ability θ at which that rise is steepest"
            + " (for 2PL, where the chance is 50%); c (guessing, 3PL only) is the chance that a"
            + " candidate of very low ability still answers right. Graded items have one threshold"
            + " per step between categories. θ is in standard units: the scale score is 575 +"
            + " 75·θ.",
        "|explained.scale.text|Every family is reported on the same 300–850 scale: score = 575 +"
            + " 75·θ, where θ is the ability the assessment estimates. 575 (θ = 0) is the scale's"
            + " centre, set to stand for the average candidate the assessments are written for,"
            + " and 75 points is one standard deviation of that reference population. Most item"
            + " banks still have provisional, expert-set parameters rather than ones calibrated"
            + " from candidates' responses; every result says which kind it rests on.",
        "|explained.scale.example|575 ± 24 · band 527–623",
        "|explained.scale.caption|An example score of 575 with an SEM of 24 points and its 95%"
            + " band, 527–623: the range the true score very likely lies in.",
        "|methodology.gap.text|The gap analysis ranks families by weighted shortfall and says how"
            + " many points you would need in one family alone to reach the threshold — and"
            + " whether that is possible below 850. A gain smaller than the composite's"
            + " measurement error is flagged: it may be noise.",
        "employer|side.caption|Families as rows, candidates as columns: each score with its SEM and"
            + " its 95% band on the 300–850 scale; the composite with its 90% band and the"
            + " bundle's threshold (red dashed line)."
      })
  void sentencesThatNameTheScaleRenderAsTheyDidWithTheNumbersWrittenOut(
      String audience, String key, String expected) {
    String bundle =
        "io.skillspassport.web." + (audience == null ? "" : audience + ".") + "messages";
    String pattern = ResourceBundle.getBundle(bundle, Locale.ROOT).getString(key);

    assertThat(new ReportingScaleView().sentence(pattern)).isEqualTo(expected);
  }

  @Test
  void theExplainersExampleBandFollowsTheScalesRule() {
    ReportingScaleView view = new ReportingScaleView();

    // 575 ± 1.96·24 = 575 ± 47.04 → [527.96, 622.04], rounded outward.
    assertThat(view.getExample().reported()).isEqualTo(575);
    assertThat(view.getExample().bandLower()).isEqualTo(527);
    assertThat(view.getExample().bandUpper()).isEqualTo(623);
    // The chart's track runs from x = 20 (300) to x = 540 (850): 575 sits at 20 + 520·275/550.
    assertThat(view.x(300)).isEqualTo(20.0);
    assertThat(view.x(575)).isEqualTo(280.0);
    assertThat(view.x(850)).isEqualTo(540.0);
  }
}
