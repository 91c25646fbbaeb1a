package io.skillspassport.system.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Ben's sharing page in the packaged portal: sharing again with an end date says which end now
 * holds (it used to report success and keep the old one), and the "viewed by" list is a paged count
 * per organisation and day that never names the employer's people or bundles — whatever the {@code
 * page} parameter says, the page renders in the site's layout.
 */
@SystemTest
class SharingViewedByIT {

  private static final String ORGANISATION = "northwind-labs";

  @Test
  void sharingAgainWithAnEndDateSaysTheNewEnd(Browser browser, Portal portal) {
    assertThat(DemoOrganisations.ensure(browser, portal, ORGANISATION, "Northwind Labs")).isTrue();
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.BEN_CANDIDATE);
    browser.open(portal.uri(SharingPage.PATH));
    SharingPage sharing = new SharingPage(browser);
    LocalDate last = LocalDate.now(ZoneOffset.UTC).plusDays(40);

    SharingPage open = sharing.shareWith(ORGANISATION);
    // A date input's typing order depends on the browser's locale; its value is ISO everywhere.
    browser.script(
        "arguments[0].value = arguments[1];",
        browser.find(By.id("share-form:expires")),
        last.toString());
    new Select(browser.find(By.id("share-form:organisation"))).selectByValue(ORGANISATION);
    browser.waitForFullPageLoad(() -> browser.find(By.id("share-form:share")).click());
    SharingPage dated = new SharingPage(browser);

    assertThat(open.statusesOf(ORGANISATION)).contains("active");
    assertThat(dated.messages())
        .anyMatch(
            m ->
                m.contains("Northwind Labs")
                    && m.contains("already existed")
                    && m.contains("ends at the end of " + last));
    assertThat(dated.statusesOf(ORGANISATION)).containsOnlyOnce("active");
  }

  @Test
  void theViewedByListRendersForAnyPageParameter(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.BEN_CANDIDATE);

    for (String page : new String[] {"0", "abc", "-3", "999999999"}) {
      browser.open(portal.uri(SharingPage.PATH + "?page=" + page));
      new SharingPage(browser);
      WebElement viewed = browser.find(By.cssSelector("section.sharing-viewed"));
      assertThat(viewed.getText()).as("page=" + page).contains("Viewed by");
      assertThat(browser.driver().findElements(By.cssSelector("section.error-page"))).isEmpty();
      assertThat(
              browser.driver().findElements(By.cssSelector("table.sharing-viewings th")).stream()
                  .map(WebElement::getText)
                  .toList())
          .as("columns")
          .isIn(List.of(), List.of("Day", "Organisation", "Views"));
    }
  }
}
