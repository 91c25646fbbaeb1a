package io.skillspassport.system.admin;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /admin/role-editor?slug=}: the draft of one role, every section in one form. */
final class RoleEditorPage {

  private static final By TAKEAWAY = By.id("editor:takeaway");
  private static final By PUBLISH = By.id("editor:publish");
  private static final By SAVE = By.id("editor:save");
  private static final By MESSAGES = By.cssSelector("#editor\\:messages li");

  private final Browser browser;
  private final Portal portal;

  private RoleEditorPage(Browser browser, Portal portal) {
    this.browser = browser;
    this.portal = portal;
    browser.waitFor(By.cssSelector("main[data-page='admin-role-editor']"));
  }

  static RoleEditorPage open(Browser browser, Portal portal, String slug) {
    browser.open(portal.uri("/admin/role-editor?slug=" + slug));
    return new RoleEditorPage(browser, portal);
  }

  String takeaway() {
    return browser.find(TAKEAWAY).getDomProperty("value");
  }

  /** Types {@code text} at the end of the takeaway. */
  RoleEditorPage appendToTakeaway(String text) {
    WebElement takeaway = browser.find(TAKEAWAY);
    takeaway.sendKeys(text);
    return this;
  }

  /** Saves the draft and stays in the editor. */
  RoleEditorPage save() {
    browser.waitForFullPageLoad(() -> browser.find(SAVE).click());
    return new RoleEditorPage(browser, portal);
  }

  /** The messages above the form (saved, refused, conflict). */
  String messages() {
    return String.join(
        "\n", browser.driver().findElements(MESSAGES).stream().map(WebElement::getText).toList());
  }

  /** Saves and publishes; the portal shows the version list afterwards. */
  RoleVersionsPage publish() {
    browser.waitForFullPageLoad(() -> browser.find(PUBLISH).click());
    return new RoleVersionsPage(browser);
  }
}
