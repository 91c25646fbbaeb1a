package io.skillspassport.system.candidate;

import io.skillspassport.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /candidate/sharing}: the share form, the list of shares and the "viewed by" list. */
final class SharingPage {

  static final String PATH = "/candidate/sharing";

  private static final By ORGANISATION = By.id("share-form:organisation");
  private static final By SHARE = By.id("share-form:share");
  private static final By MESSAGES = By.cssSelector("#messages li");

  private final Browser browser;

  SharingPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.cssSelector("main[data-page='candidate-sharing']"));
  }

  /** The organisation slugs the select offers. */
  List<String> organisationChoices() {
    if (!browser.has(ORGANISATION)) {
      return List.of();
    }
    return new Select(browser.find(ORGANISATION))
        .getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
  }

  SharingPage shareWith(String organisation) {
    new Select(browser.find(ORGANISATION)).selectByValue(organisation);
    browser.waitForFullPageLoad(() -> browser.find(SHARE).click());
    return new SharingPage(browser);
  }

  /**
   * The statuses of the shares with {@code organisation}, newest first: active, expired, revoked.
   */
  List<String> statusesOf(String organisation) {
    return shares(organisation).stream()
        .map(e -> e.getAttribute("class").replace("card", "").replace("sharing-share", "").strip())
        .toList();
  }

  SharingPage revokeActiveShareWith(String organisation) {
    WebElement button =
        shares(organisation).stream()
            .filter(e -> e.getAttribute("class").contains("active"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no active share with " + organisation))
            .findElement(By.cssSelector("input.sharing-revoke, button.sharing-revoke"));
    browser.waitForFullPageLoad(button::click);
    // Revoking asks first; the share's own confirmation button stops the sharing.
    WebElement confirm =
        shares(organisation).stream()
            .flatMap(e -> e.findElements(By.cssSelector(".sharing-revoke-confirm")).stream())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no confirmation to revoke " + organisation));
    browser.waitForFullPageLoad(confirm::click);
    return new SharingPage(browser);
  }

  List<String> messages() {
    return browser.driver().findElements(MESSAGES).stream().map(WebElement::getText).toList();
  }

  private List<WebElement> shares(String organisation) {
    return browser
        .driver()
        .findElements(By.cssSelector("li.sharing-share[data-organisation='" + organisation + "']"));
  }
}
