package io.skillspassport.system.admin;

import io.skillspassport.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /admin/role-versions?slug=}: every version of a role, newest first. */
final class RoleVersionsPage {

  private static final By NOTICE = By.cssSelector(".published-notice");
  private static final By ROWS = By.cssSelector("table.versions tbody tr");

  private final Browser browser;

  RoleVersionsPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.cssSelector("main[data-page='admin-role-versions']"));
  }

  /** The "published version N" notice, empty when the page was not opened after publishing. */
  String notice() {
    return browser.has(NOTICE) ? browser.find(NOTICE).getText() : "";
  }

  /** Version numbers, newest first. */
  List<Integer> numbers() {
    return rows().stream()
        .map(
            r -> Integer.valueOf(r.findElement(By.cssSelector(".version-number")).getText().trim()))
        .toList();
  }

  /** The status cell of the newest version. */
  String newestStatus() {
    return rows().get(0).findElement(By.cssSelector(".status")).getText().trim();
  }

  /** The whole row of the newest version, as text. */
  String newestRow() {
    return rows().get(0).getText();
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(ROWS);
  }
}
