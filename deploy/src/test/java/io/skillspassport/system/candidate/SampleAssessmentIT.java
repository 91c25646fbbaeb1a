package io.skillspassport.system.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.LoginForm;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SampleSheets;
import io.skillspassport.system.SystemTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * A candidate takes a sample in the browser, one item per page, and sees exactly the score and band
 * that {@code sample_sheets.tsv} (computed from the brief's formulas, independently of the portal)
 * gives for the answers: the Python sample answered in full (every answer survives a reload), with
 * skipped and unreached items, and the graded-response Communication sample. The first test signs
 * in as dev.candidate, whom no other system test uses; the others register a new candidate each, so
 * no retake cooldown or earlier result can interfere, whatever ran before.
 */
@SystemTest
class SampleAssessmentIT {

  @Test
  void takesThePythonSampleAndSeesTheScore(Browser browser, Portal portal) throws Exception {
    PortalPage.open(browser, portal, "/candidate/assessments");
    LoginForm.expect(browser, portal).signInAs(DemoUser.DEV_CANDIDATE);

    var item = SamplePages.SampleList.open(browser, portal).start("python-fundamentals");
    assertThat(item.position()).isEqualTo(1);
    int total = item.total();
    assertThat(total).isEqualTo(24);
    assertThat(item.progressShows(1)).isTrue();

    for (int position = 1; position < total; position++) {
      assertThat(item.position()).isEqualTo(position);
      item.choose(0).saveAndNext();
      item = item.next();
      if (position == total / 2) {
        item = item.reload();
        assertThat(item.position()).isEqualTo(position + 1);
        var answered = item.openPosition(position);
        assertThat(answered.checkedOption()).as("answer kept after a reload").isZero();
        item = answered.openPosition(position + 1);
        assertThat(item.checkedOption()).isEqualTo(-1);
      }
    }
    assertThat(item.position()).isEqualTo(total);
    item.choose(0).saveAndNext();

    var review = new SamplePages.Review(browser);
    assertThat(review.text()).contains("You answered 24 of 24 items");
    var result = review.submit();

    Path screenshots =
        Path.of(
            System.getProperty(
                "screenshots.dir",
                Path.of(System.getProperty("repo.root", ".."), "deploy/target/screenshots")
                    .toString()));
    Files.createDirectories(screenshots);
    Files.write(
        screenshots.resolve("sample-result.png"),
        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    // Option 0 everywhere: sample_sheets.tsv, python-first-option.
    SampleSheets.Sheet sheet = SampleSheets.of("python-first-option");
    assertThat(result.score()).isEqualTo(527).isEqualTo(sheet.reported());
    assertThat(result.band()).isEqualTo("468–586").isEqualTo(sheet.band());
    assertThat(result.hasBandChart()).isTrue();
    assertThat(result.passportLink()).endsWith("/candidate/passport");
  }

  @Test
  void skippedAndUnreachedItemsDoNotCount(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("omits");
    SampleSheets.Sheet sheet = SampleSheets.of("python-omitted-unreached");

    var review = SamplePages.SampleList.open(browser, portal).take("python-fundamentals", sheet);

    assertThat(review.text()).contains("You answered 14 of 24 items");
    assertThat(review.unansweredPositions()).containsExactly(4, 9, 17, 18, 19, 20, 21, 22, 23, 24);
    var result = review.submit();
    assertThat(result.score()).isEqualTo(556).isEqualTo(sheet.reported());
    assertThat(result.band()).isEqualTo("492–620").isEqualTo(sheet.band());
  }

  @Test
  void theGradedCommunicationSampleIsScoredFromTheOptionsCategories(
      Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("graded");
    SampleSheets.Sheet sheet = SampleSheets.of("communication-first-option");

    var review = SamplePages.SampleList.open(browser, portal).take("communication", sheet);

    assertThat(review.text()).contains("You answered 22 of 22 items");
    var result = review.submit();
    assertThat(result.score()).isEqualTo(606).isEqualTo(sheet.reported());
    assertThat(result.band()).isEqualTo("560–652").isEqualTo(sheet.band());
    assertThat(result.passportLink()).endsWith("/candidate/passport");
  }
}
