package io.skillspassport.system.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.LoginForm;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * A candidate takes the Python Fundamentals sample in the browser, one item per page: every answer
 * survives a reload, and submitting shows the score with its band. Signs in as dev.candidate, whom
 * no other system test uses, so the retake cooldown cannot interfere.
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
    assertThat(result.score()).isBetween(300, 850);
    assertThat(result.band()).matches("\\d{3}–\\d{3}");
    assertThat(result.hasBandChart()).isTrue();
    assertThat(result.passportLink()).endsWith("/candidate/passport");
  }
}
