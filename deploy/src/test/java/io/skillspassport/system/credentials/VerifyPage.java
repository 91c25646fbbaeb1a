package io.skillspassport.system.credentials;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public {@code /verify} page: paste box, verdict, reasons, changed fields, family table. */
final class VerifyPage {

  private static final By VERDICT = By.id("verify-verdict");
  private static final By TOKEN = By.id("verify-form:token");
  private static final By VERIFY = By.id("verify-form:verify");

  private final Browser browser;

  VerifyPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.cssSelector("main[data-page='verify']"));
  }

  static VerifyPage open(Browser browser, Portal portal) {
    browser.open(portal.uri("/verify"));
    return new VerifyPage(browser);
  }

  /** Follows a verification link (what scanning the QR code does). */
  static VerifyPage follow(Browser browser, String link) {
    browser.open(java.net.URI.create(link));
    return new VerifyPage(browser);
  }

  /** Pastes {@code token} into the box and presses Verify. */
  VerifyPage paste(String token) {
    WebElement box = browser.find(TOKEN);
    box.clear();
    // Setting the value directly: typing a 4 KB token key by key is slow and adds nothing.
    browser.script("arguments[0].value = arguments[1];", box, token);
    browser.waitForFullPageLoad(() -> browser.find(VERIFY).click());
    return new VerifyPage(browser);
  }

  /** valid, invalid, revoked, malformed (or unknown for a link to nothing). */
  String outcome() {
    return browser.find(VERDICT).getDomAttribute("data-outcome");
  }

  String verdictText() {
    return browser.find(VERDICT).getText();
  }

  /** The checks that failed: SIGNATURE, STATUS, … */
  List<String> failedChecks() {
    return browser.driver().findElements(By.cssSelector("li.verify-finding")).stream()
        .map(e -> e.getDomAttribute("data-check"))
        .toList();
  }

  /** The JSON paths of fields changed after signing. */
  List<String> changedFields() {
    return browser.driver().findElements(By.cssSelector("tr.verify-change td:first-child")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Family code → "score band SEM" as the table shows them. */
  Map<String, String> families() {
    Map<String, String> rows = new LinkedHashMap<>();
    for (WebElement row : browser.driver().findElements(By.cssSelector("tr.verify-family"))) {
      rows.put(
          row.getDomAttribute("data-family"),
          row.findElement(By.cssSelector(".verify-score")).getText()
              + " "
              + row.findElement(By.cssSelector(".verify-band")).getText()
              + " "
              + row.findElement(By.cssSelector(".verify-sem")).getText());
    }
    return rows;
  }

  boolean isSignedIn() {
    return !browser.driver().findElements(By.cssSelector("header .account .user-name")).isEmpty();
  }
}
