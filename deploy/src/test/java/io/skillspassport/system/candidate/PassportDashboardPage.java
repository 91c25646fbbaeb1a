package io.skillspassport.system.candidate;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/** {@code /candidate/passport}: the family cards, the chart and the readiness cards. */
final class PassportDashboardPage {

  static final String PATH = "/candidate/passport";

  private static final By FAMILY_CARDS = By.cssSelector("li.passport-family[id^='score-']");
  private static final By CHART = By.cssSelector("figure.passport-chart svg.passport-chart-wide");
  private static final By CHART_ROWS =
      By.cssSelector("figure.passport-chart svg.passport-chart-wide g.passport-row");

  private final Browser browser;
  private final Portal portal;

  PassportDashboardPage(Browser browser, Portal portal) {
    this.browser = browser;
    this.portal = portal;
    browser.waitFor(FAMILY_CARDS);
  }

  static PassportDashboardPage open(Browser browser, Portal portal) {
    browser.open(portal.uri(PATH));
    return new PassportDashboardPage(browser, portal);
  }

  String heading() {
    return browser.find(By.tagName("h1")).getText();
  }

  /** The ids of the family cards, e.g. {@code score-data-analysis}, in display order. */
  List<String> familyCardIds() {
    return browser.driver().findElements(FAMILY_CARDS).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  /** The family cards marked as not measured. */
  List<String> missingFamilyCardIds() {
    return browser.driver().findElements(FAMILY_CARDS).stream()
        .filter(e -> e.getAttribute("class").contains("missing"))
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  String cardText(String id) {
    return browser.find(By.id(id)).getText();
  }

  boolean hasChart() {
    return browser.has(CHART);
  }

  long chartRowsMarkedMissing() {
    return browser.driver().findElements(CHART_ROWS).stream()
        .filter(e -> e.getAttribute("class").contains("missing"))
        .count();
  }

  int chartRowCount() {
    return browser.driver().findElements(CHART_ROWS).size();
  }

  /** Follows "What would move the needle" of one role's readiness card. */
  ReadinessDetailPage openReadinessOf(String roleSlug) {
    WebElement link =
        browser.find(By.cssSelector("#readiness-" + roleSlug + " a.readiness-detail-link"));
    browser.waitForFullPageLoad(link::click);
    return new ReadinessDetailPage(browser);
  }

  SharingPage openSharing() {
    browser.open(portal.uri(SharingPage.PATH));
    return new SharingPage(browser);
  }

  void saveScreenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
