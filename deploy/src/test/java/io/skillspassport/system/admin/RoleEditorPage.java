package io.skillspassport.system.admin;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /admin/role-editor?slug=}: the draft of one role, every section in one form. */
final class RoleEditorPage {

  private static final By TAKEAWAY = By.id("editor:takeaway");
  private static final By PUBLISH = By.id("editor:publish");
  private static final By SAVE = By.id("editor:save");
  private static final By MESSAGES = By.cssSelector("#editor\\:messages li");
  private static final By ADJACENT_ROWS = By.cssSelector("#list-adjacentRoles .row-card");
  private static final By ADD_ADJACENT = By.id("editor:add-adjacentRoles");

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

  /** How many rows the adjacent-roles section shows. */
  int adjacentRoles() {
    return adjacentRows().size();
  }

  /** Adds an empty adjacent-role row at the end (a POST of the form; nothing is saved). */
  RoleEditorPage addAdjacentRole() {
    browser.waitForFullPageLoad(() -> browser.find(ADD_ADJACENT).click());
    return new RoleEditorPage(browser, portal);
  }

  /** Types into the adjacent-role row at {@code index} (0-based). */
  RoleEditorPage fillAdjacentRole(int index, String title, String slug, String difference) {
    WebElement row = adjacentRows().get(index);
    row.findElement(By.cssSelector("input[id$=':title']")).sendKeys(title);
    row.findElement(By.cssSelector("input[id$=':slug']")).sendKeys(slug);
    row.findElement(By.cssSelector("textarea[id$=':description']")).sendKeys(difference);
    return this;
  }

  /** The problems shown inside the adjacent-role row at {@code index}, empty when none. */
  String adjacentRoleProblem(int index) {
    return adjacentRows().get(index).findElements(By.cssSelector(".field-error")).stream()
        .map(WebElement::getText)
        .collect(Collectors.joining(" "));
  }

  private List<WebElement> adjacentRows() {
    return browser.driver().findElements(ADJACENT_ROWS);
  }
}
