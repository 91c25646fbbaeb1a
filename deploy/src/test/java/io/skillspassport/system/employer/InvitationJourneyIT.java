package io.skillspassport.system.employer;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.LoginForm;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An employer invitation end to end on the packaged portal with the real Keycloak: Erin creates an
 * invitation for a new bundle and copies its link; a person who has no account opens it, sees the
 * bundle's families, registers through Keycloak and comes back to the invitation (the token
 * survives the round trip), sees every family missing, and shares in one step; Erin then sees the
 * invitation accepted by that person's name and not yet complete. The used link is then gone (410)
 * and a made-up one unknown (404), each on a page of the site.
 *
 * <p>Arranges all of its data: a bundle and an invitee label with a random suffix, and a newly
 * registered candidate, so nothing another test does can change what it sees. The candidate shares
 * with Northwind Labs, whose other tests only look for their own candidates in its comparison.
 */
@SystemTest
class InvitationJourneyIT {

  static final String ORGANISATION = "northwind-labs";

  @Test
  void aNewCandidateRegistersThroughTheLinkSharesAndTheEmployerSeesItAccepted(
      Browser browser, Portal portal) throws Exception {
    registerNorthwind(browser, portal);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String invitee = "invitee-" + suffix + "@example.test";

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
    BundleEditorPage editor =
        BundleEditorPage.create(browser, portal, "Invited " + suffix, "ml-research-scientist");
    browser.open(portal.uri("/employer/invitations?bundle=" + editor.id()));
    browser.waitFor(By.cssSelector("main[data-page='employer-invitations']"));
    type(browser, "invite-form:invitee", invitee);
    browser.waitForFullPageLoad(() -> browser.find(By.id("invite-form:create")).click());
    String link = browser.find(By.id("new-link")).getAttribute("value");
    assertThat(row(browser, invitee).getAttribute("data-status")).isEqualTo("OPEN");
    PortalPage.open(browser, portal, "/").signOut();

    // The link as the employer copied it; opened on the portal under test, whatever its base URL.
    URI address = URI.create(link);
    String pathAndQuery = address.getRawPath() + "?" + address.getRawQuery();
    assertThat(pathAndQuery).matches("/invitation\\?token=[A-Za-z0-9_-]{43}");
    browser.open(portal.uri(pathAndQuery));
    browser.waitFor(By.id("invitation-sign-in"));
    assertThat(browser.find(By.id("invitation-from")).getText()).contains("Northwind Labs");
    assertThat(familyCodes(browser, "li.invitation-family")).hasSize(6);

    browser.waitForFullPageLoad(() -> browser.find(By.id("invitation-sign-in")).click());
    String candidate = LoginForm.expect(browser, portal).registerNewCandidate("invited");
    // Back on the invitation, not on the passport: the token survived the sign-in round trip.
    browser.waitFor(By.id("accept-form:accept"));
    assertThat(Portal.pathOf(browser.currentUrl())).startsWith("/invitation");
    assertThat(familyCodes(browser, "li.invitation-family[data-measured='false']")).hasSize(6);
    assertThat(familyCodes(browser, "li.invitation-family[data-measured='true']")).isEmpty();
    assertThat(browser.has(By.cssSelector("a.invitation-take"))).isTrue();

    browser.waitForFullPageLoad(() -> browser.find(By.id("accept-form:accept")).click());
    assertThat(browser.find(By.cssSelector(".invitation-state")).getAttribute("data-state"))
        .isEqualTo("mine");
    browser.open(portal.uri("/candidate/sharing"));
    assertThat(
            browser.has(
                By.cssSelector(
                    "li.sharing-share.active[data-organisation='" + ORGANISATION + "']")))
        .isTrue();
    PortalPage.open(browser, portal, "/").signOut();

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
    browser.open(portal.uri("/employer/invitations?bundle=" + editor.id()));
    WebElement accepted = row(browser, invitee);
    assertThat(accepted.getAttribute("data-status")).isEqualTo("ACCEPTED");
    assertThat(accepted.findElement(By.cssSelector(".invitation-accepted-by")).getText())
        .contains("Test Candidate " + candidate);
    assertThat(accepted.findElement(By.cssSelector(".invitation-completeness")).getText())
        .contains("not yet complete");
    assertThat(accepted.findElements(By.cssSelector(".invitation-revoke"))).isEmpty();
    PortalPage.open(browser, portal, "/").signOut();

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> used =
        http.send(
            HttpRequest.newBuilder(portal.uri(pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(used.statusCode()).isEqualTo(410);
    assertThat(used.body()).contains("data-state=\"used\"").contains("site-header");
    HttpResponse<String> unknown =
        http.send(
            HttpRequest.newBuilder(portal.uri("/invitation?token=" + "A".repeat(43))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("data-state=\"unknown\"");
  }

  private static WebElement row(Browser browser, String invitee) {
    return browser.find(By.cssSelector("tr.invitation[data-invitee='" + invitee + "']"));
  }

  private static List<String> familyCodes(Browser browser, String selector) {
    return browser.driver().findElements(By.cssSelector(selector)).stream()
        .map(e -> e.getAttribute("data-family"))
        .toList();
  }

  /** Ada adds Northwind Labs unless an earlier test did. */
  private static void registerNorthwind(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);
    browser.open(portal.uri("/admin/organisations"));
    browser.waitFor(By.cssSelector("main[data-page='admin-organisations']"));
    if (!browser.driver().getPageSource().contains(ORGANISATION)) {
      type(browser, "create:newSlug", ORGANISATION);
      type(browser, "create:newName", "Northwind Labs");
      browser.waitForFullPageLoad(() -> browser.find(By.id("create:createOrganisation")).click());
    }
    PortalPage.open(browser, portal, "/").signOut();
  }

  private static void type(Browser browser, String id, String text) {
    WebElement field = browser.find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
