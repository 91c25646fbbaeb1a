package io.skillspassport.system.employer;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /employer/bundles} and {@code /employer/bundle?id=}: create a bundle, edit its weights.
 */
final class BundleEditorPage {

  private final Browser browser;
  private final Portal portal;
  private final long id;

  private BundleEditorPage(Browser browser, Portal portal) {
    this.browser = browser;
    this.portal = portal;
    this.id = idIn(browser.currentUrl());
  }

  /** Creates a bundle from a role's published weights on the list page and opens its editor. */
  static BundleEditorPage create(Browser browser, Portal portal, String name, String roleSlug) {
    browser.open(portal.uri("/employer/bundles"));
    WebElement field = browser.find(By.id("create:name"));
    field.clear();
    field.sendKeys(name);
    new Select(browser.find(By.id("create:from"))).selectByValue(roleSlug);
    browser.waitForFullPageLoad(() -> browser.find(By.id("create:createBundle")).click());
    browser.waitFor(By.cssSelector("form[data-bundle-editor]"));
    return new BundleEditorPage(browser, portal);
  }

  /** The bundle's id. */
  long id() {
    return id;
  }

  /** The id in the address the editor was opened at ({@code ...bundle.xhtml?id=N}). */
  private static long idIn(String url) {
    String query = URI.create(url).getQuery();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      if (pair.startsWith("id=")) {
        return Long.parseLong(pair.substring(3));
      }
    }
    throw new IllegalStateException("no bundle id in " + url);
  }

  /** The share of the composite the page shows for a family, e.g. {@code "20%"}. */
  String share(String family) {
    return browser.find(By.cssSelector("[data-share-for='" + family + "']")).getText().strip();
  }

  /** Moves a family's weight slider the way a user's drag does (an input event per change). */
  void setWeight(String family, String weight) {
    WebElement slider = browser.find(By.cssSelector("input[data-weight-for='" + family + "']"));
    browser.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
        slider,
        weight);
  }

  /** Ticks or clears a family's "Include" box. */
  void include(String family, boolean included) {
    WebElement box = browser.find(By.cssSelector("input[data-include-for='" + family + "']"));
    if (box.isSelected() != included) {
      box.click();
    }
  }

  /** Opens the editor of this bundle afresh (its newest version). */
  void open() {
    browser.open(portal.uri("/employer/bundle?id=" + id));
    browser.waitFor(By.cssSelector("form[data-bundle-editor]"));
  }

  /** Presses "Preview the ranking" and returns the candidates in the preview, best first. */
  List<String> preview() {
    browser.waitForFullPageLoad(() -> browser.find(By.id("editor:preview")).click());
    return browser.driver().findElements(By.cssSelector("li.preview-row")).stream()
        .map(li -> li.getDomAttribute("data-candidate"))
        .toList();
  }

  /** Presses "Save as a new version" and returns the message next to the button. */
  String save() {
    browser.waitForFullPageLoad(() -> browser.find(By.id("editor:save")).click());
    return browser.find(By.cssSelector(".save-message")).getText().strip();
  }

  /**
   * The display name the comparison shows for {@code username} (the page must be open: {@link
   * #compare}).
   */
  String nameShownFor(String username) {
    return browser
        .find(
            By.cssSelector(
                "tr.comparison-row[data-candidate='"
                    + username
                    + "'] td.candidate .candidate-name"))
        .getText()
        .strip();
  }

  /** Opens the comparison of the newest version and returns its candidates in rank order. */
  List<String> compare() {
    browser.open(portal.uri("/employer/compare?bundle=" + id));
    return browser.driver().findElements(By.cssSelector("tr.comparison-row")).stream()
        .map(tr -> tr.getDomAttribute("data-candidate"))
        .toList();
  }
}
