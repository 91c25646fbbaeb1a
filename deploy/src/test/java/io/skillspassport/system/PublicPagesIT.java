package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The public pages, as an anonymous visitor sees them in the browser. */
@SystemTest
class PublicPagesIT {

  @Test
  void homePageShowsItsHeadingInsideTheSiteLayout(Browser browser, Portal portal) {
    var home = PortalPage.open(browser, portal, "/");

    assertThat(home.hasSiteHeader()).isTrue();
    assertThat(home.heading()).isNotBlank();
  }

  @Test
  void roleCatalogueLinksToTheMlResearchScientistPage(Browser browser, Portal portal) {
    var catalogue = RoleCatalogue.open(browser, portal);

    assertThat(catalogue.rolePaths()).contains("/roles/ml-research-scientist");
  }

  @Test
  void rolePageShowsTitleMedianCompensationAndWeights(Browser browser, Portal portal) {
    var role = RoleCatalogue.open(browser, portal).openRole("ml-research-scientist");

    assertThat(role.path()).isEqualTo("/roles/ml-research-scientist");
    assertThat(role.heading()).isEqualTo("ML Research Scientist");
    assertThat(role.medianCompensation()).isEqualTo("$295,000");
    assertThat(role.weights()).containsEntry("Cognitive Reasoning", new BigDecimal("0.75"));
  }

  @Test
  void unknownRoleShowsTheNotFoundPageInsideTheSiteLayout(Browser browser, Portal portal) {
    var page = PortalPage.open(browser, portal, "/roles/no-such-role");

    assertThat(page.errorStatus()).contains("404");
    assertThat(page.hasSiteHeader()).isTrue();
  }

  @Test
  void unknownRoleAnswersWithStatus404(Portal portal) {
    var response = HttpSession.anonymous(portal).getOnce("/roles/no-such-role");

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void rolePageDoesNotScrollSidewaysOnAPhone(Browser browser, Portal portal) {
    browser.resize(new Dimension(390, 844));
    var role = RolePage.open(browser, portal, "ml-research-scientist");

    assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
    assertThat(role.scrollsHorizontally())
        .as(
            "scrollWidth %s > innerWidth 390",
            browser.script("return document.documentElement.scrollWidth"))
        .isFalse();
  }
}
