package io.skillspassport.system.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.AdaptiveAnswers;
import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * New candidates take adaptive assessments in the browser, one item per page, answering by seeded
 * strategies ({@link AdaptiveAnswers}, which recognises each item in the shipped bank file and
 * scores the answers by its own EAP): the score shown equals the independent one; a reload resumes
 * at the current item; an item cannot be skipped or changed; stopping early cannot raise a score.
 * Each test registers its own candidate, so no cooldown or earlier result can interfere.
 */
@SystemTest
class SampleAssessmentIT {

  @Test
  void completesTheAdaptivePythonTestAndSeesTheIndependentScore(Browser browser, Portal portal)
      throws Exception {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("adaptive");
    AdaptiveAnswers answers = AdaptiveAnswers.forBank("python-fundamentals", 2026, 0.6);

    var item = SamplePages.SampleList.open(browser, portal).start("python-fundamentals");
    assertThat(item.position()).isEqualTo(1);
    assertThat(item.timer()).startsWith("Time left: 4").contains("closes at");

    // No skipping: pressing the button without a choice is refused and the item stays.
    String firstStem = item.stem();
    assertThat(item.answer()).isTrue();
    item = new SamplePages.SampleItem(browser);
    assertThat(item.position()).isEqualTo(1);
    assertThat(item.stem()).isEqualTo(firstStem);
    assertThat(item.messages()).contains("cannot be skipped");

    SamplePages.Result result = null;
    while (result == null) {
      int position = item.position();
      int option = answers.choose(item.stem(), item.options());
      item.choose(option);
      if (!item.answer()) {
        result = new SamplePages.Result(browser);
        break;
      }
      item = new SamplePages.SampleItem(browser);
      if (position == 5) {
        String current = item.stem();
        item = item.reload();
        assertThat(item.position()).as("a reload resumes at the current item").isEqualTo(6);
        assertThat(item.stem()).isEqualTo(current);
        var answered = item.openPosition(5);
        assertThat(answered.answerable()).as("an answered item is read only").isFalse();
        assertThat(answered.checkedOption()).isEqualTo(option);
        assertThat(answered.answeredNote()).contains("cannot be changed");
        item = answered.openPosition(6);
        assertThat(item.answerable()).isTrue();
      }
    }

    Path screenshots =
        Path.of(
            System.getProperty(
                "screenshots.dir",
                Path.of(System.getProperty("repo.root", ".."), "deploy/target/screenshots")
                    .toString()));
    Files.createDirectories(screenshots);
    Files.write(
        screenshots.resolve("adaptive-result.png"),
        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    assertThat(result.score()).isEqualTo(answers.reported());
    // The bank has pretest items: the attempt served exactly one, unscored.
    assertThat(answers.pretest()).isEqualTo(1);
    assertThat(result.items()).isEqualTo(answers.scored());
    assertThat(result.unreached()).isZero();
    assertThat(result.text())
        .contains("provisional (expert-set parameters)")
        .contains("575")
        .contains("version 2");
    assertThat(result.hasBandChart()).isTrue();
    assertThat(result.passportLink()).endsWith("/candidate/passport");
  }

  @Test
  void stoppingEarlyScoresBelowTheAnswersGivenByTheUnreachedItemRule(
      Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("stopper");
    AdaptiveAnswers answers = AdaptiveAnswers.forBank("python-fundamentals", 7, 1.0);
    var item = SamplePages.SampleList.open(browser, portal).start("python-fundamentals");
    for (int i = 0; i < 10; i++) {
      item.choose(answers.choose(item.stem(), item.options()));
      assertThat(item.answer()).isTrue();
      item = new SamplePages.SampleItem(browser);
    }

    SamplePages.Result stopped = item.endNow();

    // Ten right answers alone would give answers.reported(); the unreached items count wrong.
    // The ten items hold the attempt's one unscored pretest item (served at position 2 to 8); the
    // all-wrong continuation runs to the maximum of 30 scored items, because with 3PL items
    // (c = 1/options) wrong answers cannot bring the posterior SD down to the 0.30 target.
    assertThat(answers.pretest()).isEqualTo(1);
    assertThat(stopped.items()).isEqualTo(9);
    assertThat(stopped.unreached()).isEqualTo(30 - 9);
    assertThat(stopped.score()).isLessThan(answers.reported());
    assertThat(stopped.text()).contains("ended the test early");
  }

  @Test
  void anAttemptEndedBeforeTheMinimumGivesNoScore(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("early");
    var item = SamplePages.SampleList.open(browser, portal).start("python-fundamentals");
    for (int i = 0; i < 3; i++) {
      item.choose(0);
      item.answer();
      item = new SamplePages.SampleItem(browser);
    }
    SamplePages.Result none = item.endNow();
    assertThat(none.scored()).isFalse();
    assertThat(none.text()).contains("gives no score").contains("minimum of 8");
  }
}
