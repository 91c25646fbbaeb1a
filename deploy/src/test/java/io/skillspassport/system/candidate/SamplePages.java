package io.skillspassport.system.candidate;

import io.skillspassport.system.AdaptiveAnswers;
import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Page objects of the adaptive assessments: the list ({@code /candidate/assessments}), one item
 * ({@code /candidate/take?attempt=&item=}) and the result ({@code /candidate/result}).
 */
final class SamplePages {

  private static final Pattern COUNTER = Pattern.compile("Item (\\d+)");

  private SamplePages() {}

  /** {@code /candidate/assessments}: the families that can be measured, with Start / Resume. */
  static final class SampleList {

    private final Browser browser;

    SampleList(Browser browser) {
      this.browser = browser;
      browser.waitFor(By.cssSelector("main[data-page='candidate-assessments']"));
    }

    static SampleList open(Browser browser, Portal portal) {
      browser.open(portal.uri("/candidate/assessments"));
      return new SampleList(browser);
    }

    /** The URL slugs of the families listed (those with an installed bank). */
    List<String> slugs() {
      return browser.driver().findElements(By.cssSelector("li.sample-card")).stream()
          .map(li -> li.getDomAttribute("id").substring("sample-".length()))
          .toList();
    }

    /** Starts the family's test and answers every item by {@code answers} to its end. */
    Result take(String slug, AdaptiveAnswers answers) {
      SampleItem item = start(slug);
      while (true) {
        item.choose(answers.choose(item.stem(), item.options()));
        if (!item.answer()) {
          return new Result(browser);
        }
        item = new SampleItem(browser);
      }
    }

    /** Presses Start (or Resume) on the card of the family with URL slug {@code slug}. */
    SampleItem start(String slug) {
      By button = By.cssSelector("li#sample-" + slug + " input[type=submit]");
      browser.waitForFullPageLoad(() -> browser.find(button).click());
      return new SampleItem(browser);
    }
  }

  /** One item of an attempt. */
  static final class SampleItem {
    private static final By RADIOS = By.cssSelector("#item-form input[type=radio]");
    private static final By NEXT = By.id("item-form:next");

    private final Browser browser;

    SampleItem(Browser browser) {
      this.browser = browser;
      browser.waitFor(By.cssSelector("main[data-page='candidate-take'] #sample-counter"));
    }

    /** The 1-based position from the "Item n" heading. */
    int position() {
      Matcher m = COUNTER.matcher(browser.find(By.id("sample-counter")).getText());
      if (!m.find()) {
        throw new AssertionError("No item counter on " + browser.currentUrl());
      }
      return Integer.parseInt(m.group(1));
    }

    String stem() {
      return browser.find(By.id("sample-stem")).getText();
    }

    /** The option texts in display order. */
    List<String> options() {
      return browser
          .driver()
          .findElements(By.cssSelector("#item-form .sample-options label"))
          .stream()
          .map(WebElement::getText)
          .toList();
    }

    /** The countdown text ("Time left: m:ss …"). */
    String timer() {
      return browser.find(By.id("sample-timer")).getText();
    }

    /** Chooses option {@code index} (0-based, display order). */
    SampleItem choose(int index) {
      browser.driver().findElements(RADIOS).get(index).click();
      return this;
    }

    /** The 0-based option that is checked, or -1. */
    int checkedOption() {
      var radios = browser.driver().findElements(RADIOS);
      for (int i = 0; i < radios.size(); i++) {
        if (radios.get(i).isSelected()) {
          return i;
        }
      }
      return -1;
    }

    /** Whether the item can be answered here (else it is answered and shown read only). */
    boolean answerable() {
      return browser.has(NEXT)
          && browser.driver().findElements(RADIOS).stream().allMatch(WebElement::isEnabled);
    }

    /** The note on an answered item, empty when there is none. */
    String answeredNote() {
      return browser.has(By.id("answered-note"))
          ? browser.find(By.id("answered-note")).getText()
          : "";
    }

    /** The page's error messages. */
    String messages() {
      return browser.has(By.id("sample-messages"))
          ? browser.find(By.id("sample-messages")).getText()
          : "";
    }

    /**
     * Presses "Answer and continue"; true if the page shows an item again (the next, or the same
     * one refused), false once the test ended (the result page).
     */
    boolean answer() {
      browser.waitForFullPageLoad(() -> browser.find(NEXT).click());
      return browser.has(By.cssSelector("main[data-page='candidate-take']"));
    }

    /** Ends the test now by the disclosure's button; the result page follows. */
    Result endNow() {
      browser.find(By.cssSelector("details.sample-end-details summary")).click();
      browser.waitForFullPageLoad(() -> browser.find(By.id("end-form:end-now")).click());
      return new Result(browser);
    }

    /** Reloads the page from the server. */
    SampleItem reload() {
      browser.waitForFullPageLoad(() -> browser.driver().navigate().refresh());
      return new SampleItem(browser);
    }

    /** Opens the item at {@code position} of the same attempt by its address. */
    SampleItem openPosition(int position) {
      String url = browser.currentUrl();
      url =
          url.contains("item=")
              ? url.replaceAll("item=\\d+", "item=" + position)
              : url + "&item=" + position;
      browser.open(java.net.URI.create(url));
      return new SampleItem(browser);
    }
  }

  /** The result of an ended attempt, or why it gave none. */
  static final class Result {
    private final Browser browser;

    Result(Browser browser) {
      this.browser = browser;
      browser.waitFor(By.cssSelector("main[data-page='candidate-result'] h1"));
    }

    boolean scored() {
      return browser.has(By.id("sample-score"));
    }

    int score() {
      return Integer.parseInt(browser.find(By.id("sample-score")).getText().strip());
    }

    String band() {
      return browser.find(By.id("sample-band")).getText();
    }

    int items() {
      return Integer.parseInt(browser.find(By.id("sample-items")).getText().strip());
    }

    int unreached() {
      return Integer.parseInt(browser.find(By.id("sample-unreached")).getText().strip());
    }

    String text() {
      return browser.find(By.tagName("main")).getText();
    }

    boolean hasBandChart() {
      return browser.has(By.cssSelector("svg.sample-band-chart rect.sample-band"));
    }

    String passportLink() {
      return browser.find(By.id("to-passport")).getDomAttribute("href");
    }
  }
}
