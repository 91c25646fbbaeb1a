package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests that must be refused, not answered (issue 14, items 8–10): Faces actions and the
 * sign-out token only in a POST body; {@code no-store} on everything shown to a signed-in person,
 * whatever the spelling of the path; malformed or oversized input answered with a message or the
 * portal's own 400/403/404 page with the security headers, never a 500 or a bare container page;
 * and each area's root leads to its home page (issue 18).
 */
@SystemTest
class RequestHardeningIT {

  private static final Pattern STACK_FRAME =
      Pattern.compile("\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  // --- item 8: postbacks and tokens only in a POST body

  @Test
  void aFacesActionSentAsGetIsRefusedAndCreatesNothing(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    String name = "By GET " + unique();
    Map<String, String> fields =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", name)
            .clicking("create:createBundle");

    HttpResponse<String> response = erin.getOnce("/employer/bundles.xhtml?" + query(fields));

    assertThat(response.statusCode()).isEqualTo(400);
    assertPortalErrorPage(response, "400");
    assertThat(erin.get("/employer/bundles").document().text()).doesNotContain(name);
  }

  @Test
  void theSignOutTokenInTheQueryStringIsRefusedAndTheUserStaysSignedIn(Portal portal) {
    HttpSession cara = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();
    String token =
        cara.get("/candidate/passport")
            .document()
            .select("#account-form input[name=csrf_token]")
            .val();
    assertThat(token).isNotBlank();

    HttpResponse<String> response =
        cara.postOnce(
            "/sign-out?csrf_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    var after = cara.get("/candidate/passport");
    assertThat(after.last().statusCode()).as(after.toString()).isEqualTo(200);
    assertThat(after.document().select("main[data-page=candidate-passport]")).hasSize(1);
  }

  // --- item 9: no-store on the resolved path and for every signed-in page

  @Test
  void aPercentEncodedPrivatePathIsNeverStored(Portal portal) {
    HttpSession cara = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    HttpResponse<String> passport = cara.getOnce("/%63andidate/passport.xhtml");

    assertThat(passport.statusCode()).isEqualTo(200);
    assertThat(passport.body()).contains("Cara Mendes");
    assertNoStore(passport.headers());
  }

  @Test
  void aPublicPageShownToASignedInPersonIsNeverStored(Portal portal) {
    HttpSession cara = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    HttpResponse<String> roles = cara.getOnce("/roles");

    assertThat(roles.statusCode()).isEqualTo(200);
    assertThat(roles.body()).contains("Cara Mendes");
    assertNoStore(roles.headers());
  }

  // --- item 10: malformed input

  @Test
  void aMalformedIdInTheAddressIsThe400Page(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();

    for (String path :
        new String[] {
          "/employer/bundle?id=abc", "/employer/compare?bundle=abc", "/employer/bundle"
        }) {
      HttpResponse<String> response = erin.getOnce(path);

      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertPortalErrorPage(response, "400");
      assertThat(response.body()).as(path).doesNotContain("null");
    }
  }

  /** Every employer address that takes a bundle id, with {@code %d} for the id. */
  private static final String[] BUNDLE_ADDRESSES = {
    "/employer/bundle?id=%d",
    "/employer/compare?bundle=%d",
    "/employer/side-by-side?bundle=%d&c=a&c=b",
    "/employer/exercise-ratings?bundle=%d",
    "/employer/exercise-agreement?bundle=%d",
    "/employer/bundle-rubric?bundle=%d&kind=RESEARCH_DESIGN",
    "/employer/compare.csv?bundle=%d"
  };

  @Test
  void anUnknownBundleIdIsThe404PageOnEveryEmployerAddress(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    // Ids come from a sequence starting at 1: no run creates 2^62 bundles.
    long unknown = 1L << 62;

    for (String address : BUNDLE_ADDRESSES) {
      String path = address.formatted(unknown);
      HttpResponse<String> response = erin.getOnce(path);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertPortalErrorPage(response, "404");
    }
  }

  @Test
  void anotherOrganisationsBundleIsThe403PageOnEveryEmployerAddress(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    long northwinds = createBundle(erin, "Northwind only " + unique());
    HttpSession omar = HttpSession.signedIn(portal, DemoUser.OMAR_EMPLOYER).session();

    for (String address : BUNDLE_ADDRESSES) {
      String path = address.formatted(northwinds);
      HttpResponse<String> response = omar.getOnce(path);

      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertPortalErrorPage(response, "403");
    }
  }

  @Test
  void anUnknownVersionOnTheSideBySidePageIsThe404Page(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    long bundle = createBundle(erin, "Versions " + unique());

    HttpResponse<String> response =
        erin.getOnce("/employer/side-by-side?bundle=" + bundle + "&version=99&c=a&c=b");

    assertThat(response.statusCode()).isEqualTo(404);
    assertPortalErrorPage(response, "404");
  }

  @Test
  void aRefusalNamingAVeryLongCandidateIsAuditedNotLost(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    long bundle = createBundle(erin, "Long names " + unique());
    String marker = "long" + unique();
    String candidate = marker + "x".repeat(600 - marker.length());

    HttpResponse<String> response =
        erin.getOnce("/employer/side-by-side?bundle=" + bundle + "&c=" + candidate + "&c=other");

    assertThat(response.statusCode()).isEqualTo(403);
    assertPortalErrorPage(response, "403");
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    Document audit = ada.get("/admin/audit?q=" + marker).document();
    assertThat(audit.text()).contains("erin.employer").contains(marker);
  }

  @Test
  void anAuditPageFarBeyondTheLastShowsTheLastPage(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();

    HttpResponse<String> response = ada.getOnce("/admin/audit?page=999999999");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(response.body()).select("main[data-page=admin-audit]")).hasSize(1);
  }

  @Test
  void anOrganisationSlugOrNameLongerThanItsColumnGetsAMessage(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();

    var longSlug =
        FacesForm.of(ada.get("/admin/organisations").document(), "create")
            .set("create:newSlug", "a".repeat(100))
            .set("create:newName", "Fine name")
            .submit(ada, "create:createOrganisation");
    var longName =
        FacesForm.of(ada.get("/admin/organisations").document(), "create")
            .set("create:newSlug", "long-" + unique())
            .set("create:newName", "N".repeat(300))
            .submit(ada, "create:createOrganisation");

    assertThat(longSlug.last().statusCode()).isEqualTo(200);
    assertThat(longSlug.document().select(".field-error").text()).contains("at most 80");
    assertThat(longName.last().statusCode()).isEqualTo(200);
    assertThat(longName.document().select(".field-error").text()).contains("at most 200");
  }

  @Test
  void aBundleNameLongerThanItsColumnGetsAFieldMessage(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();

    var response =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", "B".repeat(5000))
            .submit(erin, "create:createBundle");

    assertThat(response.last().statusCode()).as(response.toString()).isEqualTo(200);
    assertThat(response.document().select(".field-error").text()).contains("at most 200");
  }

  @Test
  void aFiveMegabyteBundleNameIsThePortalsTooLargePageNotAnError(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    FacesForm form = FacesForm.of(erin.get("/employer/bundles").document(), "create");

    HttpResponse<String> response =
        erin.postOnce(
            Portal.pathOf(form.action().toString()),
            form.set("create:name", "B".repeat(5 * 1024 * 1024)).clicking("create:createBundle"));

    assertThat(response.statusCode()).isEqualTo(413);
    assertPortalErrorPage(response, "413");
  }

  @Test
  void aNameWithADirectionOverrideIsRefusedNamingTheCharacter(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    String marker = unique();
    String name = "Invoice \u202Efdp.exe " + marker;

    var response =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", name)
            .submit(erin, "create:createBundle");

    assertThat(response.last().statusCode()).isEqualTo(200);
    assertThat(response.document().select(".field-error").text()).contains("U+202E");
    assertThat(erin.get("/employer/bundles").document().text()).doesNotContain(marker);
  }

  @Test
  void aCallbackWithoutASignInInProgressStartsTheSignInAgain(Portal portal) {
    HttpSession visitor = HttpSession.anonymous(portal);

    HttpResponse<String> response = visitor.getOnce("/callback?code=forged&state=forged");

    assertThat(response.statusCode()).isBetween(300, 399);
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertSecurityHeaders(response.headers());
    var followed = visitor.get("/callback?code=forged&state=forged");
    assertThat(portal.isKeycloak(followed.last().uri().toString()))
        .as(followed.toString())
        .isTrue();
  }

  @Test
  void theRedirectToKeycloakCarriesTheSecurityHeaders(Portal portal) {
    HttpResponse<String> response = HttpSession.anonymous(portal).getOnce("/candidate/passport");

    assertThat(response.statusCode()).isBetween(300, 399);
    assertThat(portal.isKeycloak(response.headers().firstValue("Location").orElse(""))).isTrue();
    assertSecurityHeaders(response.headers());
    assertNoStore(response.headers());
  }

  @Test
  void signOutByGetIsThePortals405Page(Portal portal) {
    HttpResponse<String> response = HttpSession.anonymous(portal).getOnce("/sign-out");

    assertThat(response.statusCode()).isEqualTo(405);
    assertPortalErrorPage(response, "405");
  }

  // --- issue 18: area roots

  @ParameterizedTest
  @EnumSource(
      value = DemoUser.class,
      names = {"CARA_CANDIDATE", "ERIN_EMPLOYER", "ADA_ADMIN"})
  void eachAreasRootLeadsToItsHomePage(DemoUser user, Portal portal) {
    HttpSession session = HttpSession.signedIn(portal, user).session();
    String area = user.landingPath().substring(0, user.landingPath().indexOf('/', 1) + 1);

    var response = session.get(area);

    assertThat(response.last().statusCode()).as(response.toString()).isEqualTo(200);
    assertThat(Portal.pathOf(response.last().uri().toString())).isEqualTo(user.landingPath());
    assertThat(response.document().select("main[data-page=" + user.landingPage() + "]")).hasSize(1);
  }

  // --- helpers

  private static long createBundle(HttpSession erin, String name) {
    var created =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", name)
            .submit(erin, "create:createBundle");
    String url = created.last().uri().toString();
    var id = Pattern.compile("[?&]id=(\\d+)").matcher(url);
    assertThat(id.find()).as("the new bundle's address: " + created).isTrue();
    return Long.parseLong(id.group(1));
  }

  private static String query(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void assertPortalErrorPage(HttpResponse<String> response, String status) {
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("header.site-header")).as("the site's layout").hasSize(1);
    assertThat(page.select("section.error-page[data-status=" + status + "]")).hasSize(1);
    assertThat(response.body())
        .doesNotContain("Payara Micro")
        .doesNotContain("Exception")
        .doesNotContainPattern(STACK_FRAME);
    assertSecurityHeaders(response.headers());
  }

  private static void assertSecurityHeaders(HttpHeaders headers) {
    assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  private static void assertNoStore(HttpHeaders headers) {
    assertThat(headers.allValues("Cache-Control"))
        .anySatisfy(v -> assertThat(v).containsIgnoringCase("no-store"));
  }
}
