package io.skillspassport.system.candidate;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Makes sure a demo organisation exists in the portal under test, the way an admin would create it:
 * through {@code /admin/organisations}. Idempotent — an organisation that is already listed is left
 * alone. The harness starts the portal on an empty database and the demo data tool cannot write to
 * the H2 file the running portal holds, so this is how a browser test gets its organisations.
 */
final class DemoOrganisations {

  private static final String PATH = "/admin/organisations";
  private static final By SLUG = By.id("create:newSlug");
  private static final By NAME = By.id("create:newName");
  private static final By CREATE = By.id("create:createOrganisation");
  private static final By LISTED_SLUGS = By.cssSelector("main section.organisation .slug");

  private DemoOrganisations() {}

  /**
   * Signs in as the demo admin, creates the organisation unless it is listed, and signs out again.
   *
   * @return whether the organisation is listed afterwards (false if the admin page is not there)
   */
  static boolean ensure(Browser browser, Portal portal, String slug, String name) {
    PortalPage admin =
        PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);
    try {
      browser.open(portal.uri(PATH));
      browser.waitFor(By.cssSelector("main[data-page='admin-organisations']"));
      if (!isListed(browser, slug) && browser.has(SLUG) && browser.has(NAME)) {
        type(browser.find(SLUG), slug);
        type(browser.find(NAME), name);
        browser.waitForFullPageLoad(() -> browser.find(CREATE).click());
        browser.open(portal.uri(PATH));
      }
      return isListed(browser, slug);
    } finally {
      // The page object reads whatever page the browser shows now, which has the header.
      if (admin.hasSignOutButton()) {
        admin.signOut();
      }
    }
  }

  private static boolean isListed(Browser browser, String slug) {
    return browser.driver().findElements(LISTED_SLUGS).stream()
        .anyMatch(e -> e.getText().strip().equals(slug));
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }
}
