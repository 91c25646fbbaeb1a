package io.skillspassport.system.candidate;

import io.skillspassport.system.Browser;
import org.openqa.selenium.By;

/** {@code /candidate/readiness?role=slug}: the verdict and the gap analysis of one role. */
final class ReadinessDetailPage {

  private static final By SUMMARY = By.id("readiness-summary");

  private final Browser browser;

  ReadinessDetailPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(SUMMARY);
  }

  String dataPage() {
    return browser.find(By.tagName("main")).getAttribute("data-page");
  }

  String heading() {
    return browser.find(By.tagName("h1")).getText();
  }

  /** The verdict badge's text, e.g. "Incomplete". */
  String verdict() {
    return browser.find(By.cssSelector("#readiness-summary .readiness-badge")).getText();
  }

  /** The composite as the page shows it, rounded to a whole point. */
  int composite() {
    return Integer.parseInt(
        browser
            .find(By.cssSelector("#readiness-summary .readiness-composite-value"))
            .getText()
            .strip());
  }

  /** The composite's SEM as the page shows it (whole points, after "±"). */
  double compositeSem() {
    String meta =
        browser.find(By.cssSelector("#readiness-summary .readiness-composite .meta")).getText();
    var m = java.util.regex.Pattern.compile("±([0-9]+(?:\\.[0-9]+)?)").matcher(meta);
    if (!m.find()) {
      throw new AssertionError("no '±SEM' in the composite line: " + meta);
    }
    return Double.parseDouble(m.group(1));
  }

  String summaryText() {
    return browser.find(SUMMARY).getText();
  }
}
