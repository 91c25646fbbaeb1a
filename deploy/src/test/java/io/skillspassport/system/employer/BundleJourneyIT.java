package io.skillspassport.system.employer;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An employer's way through bundles on the packaged portal: an admin registers Northwind Labs, Cara
 * shares her passport with it on her sharing page, Erin builds a bundle from ML Research Scientist,
 * moves a weight (the shares follow live), previews and saves it, finds Cara in the comparison and
 * downloads the CSV with her browser session.
 */
@SystemTest
class BundleJourneyIT {

  static final String ORGANISATION = "northwind-labs";

  @Test
  void erinBuildsABundleComparesTheSharedCandidatesAndExportsTheCsv(Browser browser, Portal portal)
      throws Exception {
    registerNorthwind(browser, portal);
    shareAsCara(browser, portal);

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
    String name = "Research hires " + UUID.randomUUID().toString().substring(0, 6);
    BundleEditorPage editor =
        BundleEditorPage.create(browser, portal, name, "ml-research-scientist");

    // The published weights 0.75, 0.65, 0.65, 0.60, 0.55, 0.55 sum to 3.75: 0.75 is 20%.
    assertThat(editor.share("COGNITIVE_REASONING")).isEqualTo("20%");
    editor.setWeight("COGNITIVE_REASONING", "0.2");
    // 0.20 of 3.20 is 6%, and Data Analysis' 0.65 of 3.20 becomes 20%.
    assertThat(editor.share("COGNITIVE_REASONING")).isEqualTo("6%");
    assertThat(editor.share("DATA_ANALYSIS")).isEqualTo("20%");
    assertThat(editor.preview()).contains(DemoUser.CARA_CANDIDATE.username());
    assertThat(editor.save()).isEqualTo("Saved as version 2.");
    assertThat(editor.share("COGNITIVE_REASONING")).isEqualTo("6%");
    // Saving redirects to the bundle's own address (post-redirect-get): a reload shows it again.
    assertThat(browser.currentUrl()).contains("id=" + editor.id());
    browser.waitForFullPageLoad(() -> browser.driver().navigate().refresh());
    assertThat(editor.share("COGNITIVE_REASONING")).isEqualTo("6%");

    assertThat(editor.compare()).contains(DemoUser.CARA_CANDIDATE.username());
    // Employers see the name Cara shared under (her ID token's name), not her user name.
    assertThat(editor.nameShownFor(DemoUser.CARA_CANDIDATE.username()))
        .isEqualTo(DemoUser.CARA_CANDIDATE.displayName());

    HttpResponse<String> csv = downloadCsv(browser, portal, editor.id());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=");
    String[] lines = csv.body().split("\r\n");
    // Every cell is quoted (a formula-like bundle name cannot run in a spreadsheet).
    assertThat(lines[0]).startsWith("\uFEFF\"bundle\",\"" + name + "\",\"version\",\"2\",");
    assertThat(lines[1]).startsWith("\"rank\",\"candidate\",\"name\",\"composite\",");
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains(
                    ",\""
                        + DemoUser.CARA_CANDIDATE.username()
                        + "\",\""
                        + DemoUser.CARA_CANDIDATE.displayName()
                        + "\","));
  }

  /** Ada adds Northwind Labs unless an earlier test did. */
  private static void registerNorthwind(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);
    browser.open(portal.uri("/admin/organisations"));
    if (!browser.driver().getPageSource().contains(ORGANISATION)) {
      type(browser, "create:newSlug", ORGANISATION);
      type(browser, "create:newName", "Northwind Labs");
      browser.waitForFullPageLoad(() -> browser.find(By.id("create:createOrganisation")).click());
    }
    assertThat(browser.driver().getPageSource()).contains(ORGANISATION);
    PortalPage.open(browser, portal, "/").signOut();
  }

  /** Cara shares her passport with Northwind Labs on her sharing page. */
  private static void shareAsCara(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);
    browser.open(portal.uri("/candidate/sharing"));
    new Select(browser.find(By.id("share-form:organisation"))).selectByValue(ORGANISATION);
    browser.waitForFullPageLoad(() -> browser.find(By.id("share-form:share")).click());
    assertThat(
            browser.has(
                By.cssSelector("li.sharing-share[data-organisation='" + ORGANISATION + "']")))
        .isTrue();
    PortalPage.open(browser, portal, "/").signOut();
  }

  /** Fetches the export outside the browser, with the browser's session cookie. */
  private static HttpResponse<String> downloadCsv(Browser browser, Portal portal, long bundle)
      throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(portal.uri("/employer/compare.csv?bundle=" + bundle))
            .header("Cookie", cookies)
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.find(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
