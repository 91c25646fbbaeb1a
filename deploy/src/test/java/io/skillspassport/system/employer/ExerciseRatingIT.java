package io.skillspassport.system.employer;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The hiring loop of issue 17 on the packaged portal: Cara and Dev share with Northwind Labs; its
 * two interviewers, Erin and Nina, rate both on the research-design exercise independently; the
 * agreement page shows Krippendorff's α computed from their ratings; the comparison shows each
 * candidate's exercise result beside an unchanged composite; Cara sees that the exercise was
 * recorded and its rubric, without levels or notes.
 */
@SystemTest
class ExerciseRatingIT {

  static final String ORGANISATION = "northwind-labs";
  static final String KIND = "RESEARCH_DESIGN";
  static final String CARA = DemoUser.CARA_CANDIDATE.username();
  static final String DEV = DemoUser.DEV_CANDIDATE.username();

  @org.junit.jupiter.api.Test
  void twoInterviewersRateTwoCandidatesAndTheComparisonShowsTheResultsBesideTheComposite(
      Browser browser, Portal portal) {
    registerNorthwind(browser, portal);
    share(browser, portal, DemoUser.CARA_CANDIDATE);
    share(browser, portal, DemoUser.DEV_CANDIDATE);

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
    String name = "Research loop " + UUID.randomUUID().toString().substring(0, 6);
    long bundle = BundleEditorPage.create(browser, portal, name, "ml-research-scientist").id();
    ExercisePages erin = new ExercisePages(browser, portal, bundle);
    String caraComposite = erin.openComparison().composite(CARA);
    String devComposite = erin.composite(DEV);
    assertThat(erin.exerciseResult(CARA, KIND)).contains("not rated");

    List<String> criteria = erin.openRating(CARA, KIND).criteria();
    assertThat(criteria)
        .containsExactly("hypothesis", "baselines", "confounders", "diagnostics", "interpretation");
    assertThat(erin.othersNotice()).contains("0 other interviewer");
    assertThat(erin.rateAll(4, "clear hypothesis, good controls")).contains("5 criterion rating");
    assertThat(erin.myRatingRows()).isEqualTo(5);
    erin.openRating(DEV, KIND).rateAll(2, "no baseline");
    PortalPage.open(browser, portal, "/").signOut();

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.NINA_EMPLOYER);
    ExercisePages nina = new ExercisePages(browser, portal, bundle);
    nina.openRating(CARA, KIND);
    // Independence: Nina learns that one colleague rated, not what they gave.
    assertThat(nina.othersNotice()).contains("1 other interviewer");
    assertThat(nina.myRatingRows()).isZero();
    assertThat(browser.driver().getPageSource()).doesNotContain("clear hypothesis");
    assertThat(nina.openComparison().exerciseResult(CARA, KIND)).contains("rate first");
    nina.openRating(CARA, KIND).rateAll(5, "excellent confounder list");
    nina.openRating(DEV, KIND).rateAll(2, "vague");

    // Hand computation for every criterion, ratings Cara (4, 5), Dev (2, 2): coincidences
    // o45 = o54 = 1, o22 = 2; n2 = 2, n4 = n5 = 1, n = 4.
    // Interval: 1 - (n-1)·2·1 / (2·(2·1·4 + 2·1·9 + 1·1·1)) = 1 - 6/54 = 0.889.
    // Ordinal: δ²(4,5) = (2 - 1)² = 1, δ²(2,4) = (3 - 1.5)² = 2.25, δ²(2,5) = (4 - 1.5)² = 6.25:
    // 1 - 3·2 / (2·(2·2.25 + 2·6.25 + 1)) = 1 - 6/36 = 0.833.
    nina.openAgreement();
    for (String criterion : criteria) {
      assertThat(nina.agreementCell(KIND, criterion, "alpha-ordinal")).isEqualTo("0.833");
      assertThat(nina.agreementCell(KIND, criterion, "alpha-interval")).isEqualTo("0.889");
      assertThat(nina.agreementCell(KIND, criterion, "units")).isEqualTo("2");
      assertThat(nina.reliance(KIND, criterion)).contains("Too few candidates");
    }

    nina.openComparison();
    assertThat(nina.exerciseResult(CARA, KIND)).contains("mean 4.5").contains("2 interviewer");
    assertThat(nina.exerciseResult(DEV, KIND)).contains("mean 2.0").contains("2 interviewer");
    assertThat(nina.composite(CARA)).isEqualTo(caraComposite);
    assertThat(nina.composite(DEV)).isEqualTo(devComposite);
    PortalPage.open(browser, portal, "/").signOut();

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);
    browser.open(portal.uri("/candidate/sharing"));
    WebElement recorded =
        browser.find(
            By.cssSelector(
                ".recorded-exercise[data-kind='"
                    + KIND
                    + "'][data-organisation='"
                    + ORGANISATION
                    + "']"));
    assertThat(recorded.getText()).contains("Research-design exercise").contains("2 interviewer");
    assertThat(browser.driver().getPageSource())
        .doesNotContain("excellent confounder list")
        .doesNotContain("clear hypothesis");
    PortalPage.open(browser, portal, "/").signOut();
  }

  /** Ada adds Northwind Labs unless an earlier test did. */
  private static void registerNorthwind(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);
    browser.open(portal.uri("/admin/organisations"));
    if (!browser.driver().getPageSource().contains(ORGANISATION)) {
      type(browser, "create:newSlug", ORGANISATION);
      type(browser, "create:newName", "Northwind Labs");
      browser.waitForFullPageLoad(() -> browser.find(By.id("create:createOrganisation")).click());
    }
    assertThat(browser.driver().getPageSource()).contains(ORGANISATION);
    PortalPage.open(browser, portal, "/").signOut();
  }

  /** A candidate shares their passport with Northwind Labs on their sharing page. */
  private static void share(Browser browser, Portal portal, DemoUser candidate) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(candidate);
    browser.open(portal.uri("/candidate/sharing"));
    new Select(browser.find(By.id("share-form:organisation"))).selectByValue(ORGANISATION);
    browser.waitForFullPageLoad(() -> browser.find(By.id("share-form:share")).click());
    assertThat(
            browser.has(
                By.cssSelector("li.sharing-share[data-organisation='" + ORGANISATION + "']")))
        .isTrue();
    PortalPage.open(browser, portal, "/").signOut();
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.find(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
