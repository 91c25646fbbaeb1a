package io.skillspassport.system.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.system.AdaptiveAnswers;
import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A candidate's journey through the passport: the dashboard with six families (the unmeasured ones
 * marked as such, never as 300), the readiness detail of a role with its exact verdict, and sharing
 * with Northwind Labs followed by a revocation that shows at once.
 *
 * <p>Every test registers a new candidate through Keycloak's registration form, so the passport is
 * known — empty, or exactly the result of a seeded answering strategy scored independently ({@link
 * AdaptiveAnswers}) — and nothing another test did (assessments, shares, revocations) can change
 * what this one sees. The organisation is created through {@code /admin/organisations} when
 * missing; if that fails, the test fails.
 */
@SystemTest
class PassportJourneyIT {

  private static final String ORGANISATION = "northwind-labs";

  private static final String ROLE = "ml-research-scientist";

  private static final String PYTHON_CARD = "score-python-fundamentals";

  @Test
  void dashboardShowsSixFamiliesWithTheUnmeasuredOnesMarked(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("dashboard");
    AdaptiveAnswers answers = AdaptiveAnswers.forBank("python-fundamentals", 527, 0.5);
    var result = SamplePages.SampleList.open(browser, portal).take("python-fundamentals", answers);
    String band = result.band();

    PassportDashboardPage dashboard = PassportDashboardPage.open(browser, portal);

    assertThat(dashboard.heading()).isEqualTo("Your Skills Passport");
    assertThat(dashboard.familyCardIds())
        .containsExactly(
            "score-cognitive-reasoning",
            "score-ai-output-evaluation",
            "score-data-analysis",
            PYTHON_CARD,
            "score-ai-collaboration-literacy",
            "score-communication");
    assertThat(dashboard.missingFamilyCardIds())
        .containsExactly(
            "score-cognitive-reasoning",
            "score-ai-output-evaluation",
            "score-data-analysis",
            "score-ai-collaboration-literacy",
            "score-communication");
    for (String id : dashboard.missingFamilyCardIds()) {
      assertThat(dashboard.cardText(id)).contains("Not measured yet").doesNotContain("300");
    }
    // The score of the seeded answers by the independent scorer; the band as the result page had
    // it.
    assertThat(dashboard.cardText(PYTHON_CARD))
        .contains(Integer.toString(answers.reported()))
        .contains("95% band " + band)
        .contains("provisional (expert-set parameters)");
    assertThat(dashboard.hasChart()).isTrue();
    assertThat(dashboard.chartRowCount()).isEqualTo(6);
    assertThat(dashboard.chartRowsMarkedMissing()).isEqualTo(5);
    dashboard.saveScreenshot(
        Path.of(System.getProperty("repo.root", ".."))
            .resolve("deploy/target/screenshots/passport-dashboard.png"));
  }

  /**
   * A new candidate's passport is empty, so for ML Research Scientist (six weighted families) the
   * verdict is exactly Incomplete and all six families are named as missing, in the role's order.
   */
  @Test
  void theReadinessDetailOfARoleOpensFromTheDashboard(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("readiness");

    ReadinessDetailPage detail = PassportDashboardPage.open(browser, portal).openReadinessOf(ROLE);

    assertThat(detail.dataPage()).isEqualTo("candidate-readiness");
    assertThat(detail.heading()).contains("ML Research Scientist");
    assertThat(detail.verdict()).isEqualTo("Incomplete");
    assertThat(detail.summaryText())
        .contains(
            "Incomplete: missing Cognitive Reasoning, AI Output Evaluation, Data Analysis, Python"
                + " Fundamentals, AI-Collaboration Literacy, Communication");
  }

  /**
   * The product loop: a new candidate measures all six families (every bank must be installed),
   * each with seeded answers that pick the best option nine times in ten. Each result is the score
   * of the independent scorer ({@link AdaptiveAnswers}), and the readiness page for ML Research
   * Scientist shows exactly the composite, its SEM and the verdict that the product brief's rule
   * gives for those scores, SEMs and the role file's weights and threshold ({@link
   * IndependentReadiness}, computed in the test, not by the portal). Which items the adaptive tests
   * serve does not matter: the expected values follow the answers actually given.
   */
  @Test
  void measuringEveryFamilyGivesTheIndependentlyComputedVerdict(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("journey");
    List<String> all =
        List.of(
            "cognitive-reasoning",
            "ai-output-evaluation",
            "data-analysis",
            "python-fundamentals",
            "ai-collaboration-literacy",
            "communication");
    assertThat(SamplePages.SampleList.open(browser, portal).slugs())
        .as("every family has an installed bank")
        .containsExactlyInAnyOrderElementsOf(all);
    Map<String, Integer> scores = new HashMap<>();
    Map<String, Double> sems = new HashMap<>();
    long seed = 11;
    for (String slug : all) {
      AdaptiveAnswers answers = AdaptiveAnswers.forBank(slug, seed++, 0.9);
      var result = SamplePages.SampleList.open(browser, portal).take(slug, answers);
      assertThat(result.scored()).as(slug).isTrue();
      assertThat(result.score()).as(slug).isEqualTo(answers.reported());
      String family = slug.toUpperCase(Locale.ROOT).replace('-', '_');
      scores.put(family, answers.reported());
      sems.put(family, 75 * answers.eap()[1]);
    }
    IndependentReadiness expected = IndependentReadiness.of(ROLE, scores, sems);

    ReadinessDetailPage detail = PassportDashboardPage.open(browser, portal).openReadinessOf(ROLE);

    String why = "scores " + scores + ", SEMs " + sems + ", expected " + expected;
    assertThat(detail.composite()).as(why).isEqualTo(expected.rounded());
    // The page shows the SEM in whole points (half up): within half a point of the exact value.
    assertThat(detail.compositeSem()).as(why).isCloseTo(expected.sem(), within(0.501));
    assertThat(detail.verdict()).as(why).isIn(expected.verdicts());
    assertThat(detail.summaryText()).doesNotContain("missing");
  }

  @Test
  void sharingWithNorthwindLabsIsListedAndRevokedAtOnce(Browser browser, Portal portal) {
    assertThat(DemoOrganisations.ensure(browser, portal, ORGANISATION, "Northwind Labs"))
        .as("northwind-labs is listed on /admin/organisations")
        .isTrue();
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("sharing");
    SharingPage sharing = PassportDashboardPage.open(browser, portal).openSharing();
    assertThat(sharing.organisationChoices()).contains(ORGANISATION);
    assertThat(sharing.statusesOf(ORGANISATION)).isEmpty();

    SharingPage shared = sharing.shareWith(ORGANISATION);
    assertThat(shared.statusesOf(ORGANISATION)).containsExactly("active");
    assertThat(shared.messages()).anyMatch(m -> m.contains("Northwind Labs"));

    SharingPage revoked = shared.revokeActiveShareWith(ORGANISATION);
    assertThat(revoked.statusesOf(ORGANISATION)).containsExactly("revoked");
  }
}
