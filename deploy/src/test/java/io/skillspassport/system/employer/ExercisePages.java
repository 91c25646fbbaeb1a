package io.skillspassport.system.employer;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code /employer/exercise-ratings} (one candidate's rating form), {@code
 * /employer/exercise-agreement} and the exercise cells of {@code /employer/compare}.
 */
final class ExercisePages {

  private final Browser browser;
  private final Portal portal;
  private final long bundle;

  ExercisePages(Browser browser, Portal portal, long bundle) {
    this.browser = browser;
    this.portal = portal;
    this.bundle = bundle;
  }

  /** Opens the rating form of one candidate in one exercise. */
  ExercisePages openRating(String candidate, String kind) {
    browser.open(
        portal.uri(
            "/employer/exercise-ratings?bundle="
                + bundle
                + "&candidate="
                + candidate
                + "&kind="
                + kind));
    browser.waitFor(By.cssSelector("form#rating-form"));
    return this;
  }

  /** The criteria codes of the form, in order. */
  List<String> criteria() {
    return browser.driver().findElements(By.cssSelector("fieldset.criterion")).stream()
        .map(f -> f.getDomAttribute("data-criterion"))
        .toList();
  }

  /** The notice that says how many other interviewers rated (without their ratings). */
  String othersNotice() {
    return browser.find(By.cssSelector("p.independence")).getText();
  }

  /** How many of the caller's own current ratings the page lists. */
  int myRatingRows() {
    return browser.driver().findElements(By.cssSelector("tr.my-rating")).size();
  }

  /** Picks {@code level} for every criterion, notes each, and submits; returns the message. */
  String rateAll(int level, String note) {
    for (WebElement fieldset :
        browser.driver().findElements(By.cssSelector("fieldset.criterion"))) {
      fieldset.findElement(By.cssSelector("input[type='radio'][value='" + level + "']")).click();
      WebElement noteField = fieldset.findElement(By.cssSelector("input.note"));
      noteField.clear();
      noteField.sendKeys(note);
    }
    browser.waitForFullPageLoad(() -> browser.find(By.id("rating-form:submit")).click());
    return browser.find(By.cssSelector("ul.rating-messages")).getText();
  }

  /** Opens the agreement page. */
  ExercisePages openAgreement() {
    browser.open(portal.uri("/employer/exercise-agreement?bundle=" + bundle));
    browser.waitFor(By.cssSelector("section.exercise-agreement"));
    return this;
  }

  /**
   * A cell of the agreement table: {@code alpha-ordinal}, {@code alpha-interval}, {@code units}.
   */
  String agreementCell(String kind, String criterion, String cell) {
    return browser
        .find(
            By.cssSelector(
                "section.exercise-agreement[data-kind='"
                    + kind
                    + "'] tr[data-criterion='"
                    + criterion
                    + "'] td."
                    + cell))
        .getText()
        .strip();
  }

  /** The reliance verdict of a criterion's agreement. */
  String reliance(String kind, String criterion) {
    return agreementCell(kind, criterion, "reliance");
  }

  /** Opens the comparison of the bundle. */
  ExercisePages openComparison() {
    browser.open(portal.uri("/employer/compare?bundle=" + bundle));
    browser.waitFor(By.cssSelector("table.comparison"));
    return this;
  }

  /** The composite the comparison shows for a candidate. */
  String composite(String candidate) {
    return row(candidate).findElement(By.cssSelector("td.composite")).getText().strip();
  }

  /** The exercise result beside the composite for a candidate and exercise kind. */
  String exerciseResult(String candidate, String kind) {
    return row(candidate)
        .findElement(By.cssSelector("td.exercises .exercise-result[data-kind='" + kind + "']"))
        .getText()
        .strip();
  }

  private WebElement row(String candidate) {
    return browser.find(By.cssSelector("tr.comparison-row[data-candidate='" + candidate + "']"));
  }
}
