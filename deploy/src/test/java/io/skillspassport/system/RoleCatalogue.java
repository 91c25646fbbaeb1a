package io.skillspassport.system;

import java.util.List;
import org.openqa.selenium.By;

/** The public role catalogue, {@code /roles}. */
public final class RoleCatalogue extends PortalPage {

  private RoleCatalogue(Browser browser, Portal portal) {
    super(browser, portal);
  }

  public static RoleCatalogue open(Browser browser, Portal portal) {
    browser.open(portal.uri("/roles"));
    return new RoleCatalogue(browser, portal);
  }

  /**
   * The paths of the role pages the catalogue links to, e.g. {@code /roles/ml-research-scientist}.
   */
  public List<String> rolePaths() {
    return browser.driver().findElements(By.cssSelector("main a[href*='/roles/']")).stream()
        .map(link -> Portal.pathOf(link.getDomProperty("href")))
        .distinct()
        .toList();
  }

  /** Follows the catalogue's link to {@code /roles/<slug>}. */
  public RolePage openRole(String slug) {
    browser.waitForFullPageLoad(
        () -> browser.find(By.cssSelector("main a[href$='/roles/" + slug + "']")).click());
    return new RolePage(browser, portal);
  }
}
