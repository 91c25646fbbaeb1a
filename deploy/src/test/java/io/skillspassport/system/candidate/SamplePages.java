package io.skillspassport.system.candidate;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.SampleSheets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Page objects of the sample assessment: the list ({@code /candidate/assessments}), one item
 * ({@code /candidate/take?attempt=&item=}), the review and the result ({@code /candidate/result}).
 */
final class SamplePages {

  private SamplePages() {}

  /** {@code /candidate/assessments}: the samples with Start / Resume. */
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

    /**
     * Starts the sample of {@code slug} and answers it as {@code sheet} says: an item without an
     * answer is passed with "Save and next" (skipped); after the sheet's last answer the candidate
     * goes straight to the review from the next item (the rest are never reached). Returns the
     * review.
     */
    Review take(String slug, SampleSheets.Sheet sheet) {
      SampleItem item = start(slug);
      int stop = Math.min(sheet.lastAnswered() + 1, sheet.items());
      for (int position = 1; position <= stop; position++) {
        if (item.position() != position) {
          throw new AssertionError("expected item " + position + " but the page shows another");
        }
        if (sheet.option(position) >= 0) {
          item.choose(sheet.option(position));
        }
        if (position == stop && stop < sheet.items()) {
          return item.review();
        }
        item.saveAndNext();
        if (position < sheet.items()) {
          item = item.next();
        }
      }
      return new Review(browser);
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

    private static final Pattern COUNTER = Pattern.compile("Item (\\d+) of (\\d+)");
    private static final By RADIOS = By.cssSelector("#item-form input[type=radio]");
    private static final By NEXT = By.id("item-form:next");

    private final Browser browser;

    SampleItem(Browser browser) {
      this.browser = browser;
      browser.waitFor(By.cssSelector("main[data-page='candidate-take'] #sample-counter"));
    }

    /** The 1-based position from the "Item n of N" heading. */
    int position() {
      return counter(1);
    }

    int total() {
      return counter(2);
    }

    /** Whether the page shows a progress bar at this position. */
    boolean progressShows(int position) {
      WebElement bar = browser.find(By.id("sample-progress"));
      return bar.getTagName().equals("progress")
          && String.valueOf(position).equals(bar.getDomAttribute("value"));
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

    /** Presses "Save and next"; on the last item this leads to the review. */
    void saveAndNext() {
      browser.waitForFullPageLoad(() -> browser.find(NEXT).click());
    }

    /** Presses "Review and submit" (without saving a choice if none is made). */
    Review review() {
      browser.waitForFullPageLoad(() -> browser.find(By.id("item-form:review")).click());
      return new Review(browser);
    }

    SampleItem next() {
      return new SampleItem(browser);
    }

    /** Reloads the page from the server. */
    SampleItem reload() {
      browser.waitForFullPageLoad(() -> browser.driver().navigate().refresh());
      return new SampleItem(browser);
    }

    /** Opens the item at {@code position} of the same attempt by its address. */
    SampleItem openPosition(int position) {
      String url = browser.currentUrl().replaceAll("item=\\d+", "item=" + position);
      browser.open(java.net.URI.create(url));
      return new SampleItem(browser);
    }

    private int counter(int group) {
      Matcher m = COUNTER.matcher(browser.find(By.id("sample-counter")).getText());
      if (!m.find()) {
        throw new AssertionError("No item counter on " + browser.currentUrl());
      }
      return Integer.parseInt(m.group(group));
    }
  }

  /** The review before submitting. */
  static final class Review {

    private final Browser browser;

    Review(Browser browser) {
      this.browser = browser;
      browser.waitFor(By.id("sample-review"));
    }

    String text() {
      return browser.find(By.tagName("main")).getText();
    }

    /** The positions the review lists as unanswered. */
    java.util.List<Integer> unansweredPositions() {
      return browser.driver().findElements(By.cssSelector("ul.sample-unanswered a")).stream()
          .map(a -> a.getDomAttribute("href").replaceAll(".*item=(\\d+).*", "$1"))
          .map(Integer::valueOf)
          .toList();
    }

    Result submit() {
      browser.waitForFullPageLoad(() -> browser.find(By.id("submit-form:submit")).click());
      return new Result(browser);
    }
  }

  /** {@code /candidate/result}: the score with its band. */
  static final class Result {

    private final Browser browser;

    Result(Browser browser) {
      this.browser = browser;
      browser.waitFor(By.cssSelector("main[data-page='candidate-result'] #sample-score"));
    }

    int score() {
      return Integer.parseInt(browser.find(By.id("sample-score")).getText().strip());
    }

    String band() {
      return browser.find(By.id("sample-band")).getText();
    }

    boolean hasBandChart() {
      return browser.has(By.cssSelector("svg.sample-band-chart rect.sample-band"));
    }

    String passportLink() {
      return browser.find(By.id("to-passport")).getDomAttribute("href");
    }
  }
}
