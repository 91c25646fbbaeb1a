package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-site request forgery: a form POST without the view state of a page the portal rendered for
 * this session must not act, and no POST acts without the session's anti-CSRF token ({@code
 * csrf_token}, on every form and the sign-out form): missing or wrong, it gets the 403 page and an
 * audit entry.
 */
@SystemTest
class ForgedPostIT {

  private static final Pattern STACK_FRAME =
      Pattern.compile("\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

  @ParameterizedTest(name = "[{index}] jakarta.faces.ViewState={0}")
  @NullSource
  @ValueSource(strings = {"forged:123", "-1234567890:9876543210"})
  void signOutPostWithoutAGenuineViewStateLeavesTheUserSignedIn(String viewState, Portal portal) {
    HttpSession candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    candidate.postOnce("/candidate/passport.xhtml", signOutFields(viewState));

    var after = candidate.get("/candidate/passport");
    assertThat(after.last().statusCode()).as(after.toString()).isEqualTo(200);
    assertThat(after.document().select("main[data-page=candidate-passport]")).hasSize(1);
  }

  @ParameterizedTest(name = "[{index}] jakarta.faces.ViewState={0}")
  @NullSource
  @ValueSource(strings = {"forged:123", "-1234567890:9876543210"})
  void signOutPostWithoutAGenuineViewStateGetsTheExpiredPageOrA4xx(
      String viewState, Portal portal) {
    HttpSession candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    HttpResponse<String> response =
        candidate.postOnce("/candidate/passport.xhtml", signOutFields(viewState));

    var page = Jsoup.parse(response.body());
    boolean expiredPage = !page.select("section.error-page[data-status=expired]").isEmpty();
    boolean clientError = response.statusCode() >= 400 && response.statusCode() < 500;
    assertThat(expiredPage || clientError)
        .as(
            "expected the expired page or a 4xx, got status %d, Location %s, main[data-page=%s]",
            response.statusCode(),
            response.headers().firstValue("Location").orElse("-"),
            page.select("main").attr("data-page"))
        .isTrue();
    assertThat(response.body()).doesNotContain("Exception").doesNotContainPattern(STACK_FRAME);
  }

  @ParameterizedTest(name = "[{index}] csrf_token={0}")
  @NullSource
  @ValueSource(strings = {"forged", "30jWp4F-ko7jEkk8vkVEdJkC9KQJizBS"})
  void signOutWithoutThisSessionsTokenIsRefusedAndLeavesTheUserSignedIn(
      String token, Portal portal) {
    HttpSession candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();
    Map<String, String> fields = new LinkedHashMap<>();
    if (token != null) {
      fields.put("csrf_token", token);
    }

    HttpResponse<String> response = candidate.postOnce("/sign-out", fields);

    assertThat(response.statusCode()).isEqualTo(403);
    assertPortalPage(response, "403");
    assertThat(response.body()).doesNotContain("Exception").doesNotContainPattern(STACK_FRAME);
    var after = candidate.get("/candidate/passport");
    assertThat(after.last().statusCode()).as(after.toString()).isEqualTo(200);
    assertThat(after.document().select("main[data-page=candidate-passport]")).hasSize(1);
  }

  // --- the anti-CSRF token on every form (issue 14; wapiti's "Lack of anti CSRF token")

  @Test
  void everyFormOfASignedInPageAndTheSignOutFormCarryTheSessionsToken(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    HttpSession erinElsewhere = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();

    var page = erin.get("/employer/bundles").document();
    var forms = page.select("form[method=post]");
    String token = page.select("#account-form input[name=csrf_token]").val();

    assertThat(forms).hasSizeGreaterThan(1);
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    for (var form : forms) {
      assertThat(form.select("input[type=hidden][name=csrf_token]").val())
          .as("form#" + form.id())
          .isEqualTo(token);
    }
    String otherSessionsToken =
        erinElsewhere
            .get("/employer/bundles")
            .document()
            .select("#account-form input[name=csrf_token]")
            .val();
    assertThat(otherSessionsToken).isNotBlank().isNotEqualTo(token);
  }

  @ParameterizedTest(name = "[{index}] csrf_token={0}")
  @NullSource
  @ValueSource(strings = {"wapiti", "another session's"})
  void aFormPostWithoutThisSessionsTokenIsRefusedAuditedAndActsNot(String token, Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    String marker = "csrf" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> fields =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", "Forged " + marker)
            .clicking("create:createBundle");
    if (token == null) {
      fields.remove("csrf_token");
    } else if (token.startsWith("another")) {
      HttpSession other = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
      fields.put(
          "csrf_token",
          other.get("/employer/bundles").document().select("input[name=csrf_token]").val());
    } else {
      fields.put("csrf_token", token);
    }

    HttpResponse<String> response =
        erin.postOnce("/employer/bundles.xhtml?probe=" + marker, fields);

    assertThat(response.statusCode()).isEqualTo(403);
    assertPortalPage(response, "403");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
    assertThat(erin.get("/employer/bundles").document().text()).doesNotContain(marker);
    String audit =
        HttpSession.signedIn(portal, DemoUser.ADA_ADMIN)
            .session()
            .get("/admin/audit?q=" + marker)
            .document()
            .text();
    assertThat(audit).contains("erin.employer").contains("anti-CSRF token");
  }

  @Test
  void theSameFormPostWithThisSessionsTokenActs(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    String marker = "csrf" + UUID.randomUUID().toString().substring(0, 8);

    var response =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", "Genuine " + marker)
            .submit(erin, "create:createBundle");

    assertThat(response.last().statusCode()).as(response.toString()).isEqualTo(200);
    assertThat(erin.get("/employer/bundles").document().text()).contains("Genuine " + marker);
  }

  private static void assertPortalPage(HttpResponse<String> response, String status) {
    var page = Jsoup.parse(response.body());
    assertThat(page.select("header.site-header")).as("the site's layout").hasSize(1);
    assertThat(page.select("section.error-page[data-status=" + status + "]")).hasSize(1);
    assertThat(response.body()).doesNotContain("Exception").doesNotContainPattern(STACK_FRAME);
  }

  private static Map<String, String> signOutFields(String viewState) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("account-form", "account-form");
    fields.put("account-form:sign-out", "Sign out");
    if (viewState != null) {
      fields.put("jakarta.faces.ViewState", viewState);
    }
    return fields;
  }
}
