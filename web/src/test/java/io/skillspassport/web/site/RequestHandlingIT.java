package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the portal handles requests, over HTTP against the packaged war plus one test form ({@code
 * request-echo.xhtml}, {@link RequestEcho}): form posts are decoded as UTF-8, invisible control and
 * direction-override characters are refused with a message, a view state outside a POST body is
 * refused, and refusals get the portal's own pages with the security headers. What needs a
 * signed-in person or Keycloak is in the system tests ({@code deploy}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestHandlingIT {

  /** What issue 14 asked to survive every form: dash, accents, curly quote, math, CJK, emoji. */
  static final String TYPED = "— é ’ ∑ 漢字 🙂";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern CSRF_TOKEN =
      Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war()
        .addClass(RequestEcho.class)
        .addAsWebResource(
            new File("src/test/resources/request-handling/echo.xhtml"), "request-echo.xhtml");
  }

  @ArquillianResource URL base;

  private HttpClient http;

  @BeforeEach
  void freshCookies() {
    http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Test
  void aFormPostIsDecodedAsUtf8() throws Exception {
    String text = TYPED + "\nline two — ∑";

    Document saved = Jsoup.parse(postEcho(TYPED, text).body());

    assertThat(saved.getElementById("saved-name").wholeText()).isEqualTo(TYPED);
    assertThat(saved.getElementById("saved-text").wholeText()).isEqualTo(text);
  }

  @ParameterizedTest(name = "[{index}] U+{0}")
  @ValueSource(ints = {0x0000, 0x202E, 0x2066, 0x0007})
  void invisibleControlAndOverrideCharactersAreRefusedNamingTheCharacter(int character)
      throws Exception {
    String codePoint = String.format("U+%04X", character);
    HttpResponse<String> response =
        postEcho("invoice" + Character.toString(character) + "fdp.exe", "fine");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("#echo-form\\:messages, .form-messages").text())
        .startsWith("Name:")
        .contains(codePoint);
    assertThat(page.getElementById("saved-name").text()).isEmpty();
  }

  @Test
  void aViewStateInTheQueryStringIsRefusedAndTheActionDoesNotRun() throws Exception {
    Map<String, String> fields = echoFields("by GET", "by GET", get("request-echo.xhtml"));

    HttpResponse<String> response = get("request-echo.xhtml?" + form(fields));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("by GET");
    assertErrorPageInLayout(response, "400");
  }

  @Test
  void aPostWithTheViewStateOnlyInTheQueryStringIsRefused() throws Exception {
    HttpResponse<String> page = get("request-echo.xhtml");
    String viewState = viewStateOf(page);
    Map<String, String> fields = echoFields("by query", "by query", page);
    fields.remove("jakarta.faces.ViewState");

    HttpResponse<String> response =
        post(
            "request-echo.xhtml?jakarta.faces.ViewState="
                + URLEncoder.encode(viewState, StandardCharsets.UTF_8),
            fields);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("by query");
  }

  @Test
  void signOutByGetIsTheLayoutsMethodNotAllowedPage() throws Exception {
    HttpResponse<String> response = get("sign-out");

    assertThat(response.statusCode()).isEqualTo(405);
    assertErrorPageInLayout(response, "405");
  }

  @Test
  void aPostWithoutViewStateIsTheLayoutsExpiredPage() throws Exception {
    String token = tokenOf(get("request-echo.xhtml"));

    HttpResponse<String> response = post("roles", Map.of("anything", "x", "csrf_token", token));

    assertThat(response.statusCode()).isEqualTo(400);
    assertErrorPageInLayout(response, "expired");
  }

  // --- the anti-CSRF token (issue 14: a token a scanner and an attacker both meet)

  @Test
  void everyFormCarriesTheSessionsTokenOfAtLeast128RandomBits() throws Exception {
    HttpResponse<String> first = get("request-echo.xhtml");
    HttpResponse<String> again = get("request-echo.xhtml");
    freshCookies();
    HttpResponse<String> otherSession = get("request-echo.xhtml");

    Document page = Jsoup.parse(first.body());
    var forms = page.select("form[method=post]");
    assertThat(forms).isNotEmpty();
    for (var form : forms) {
      assertThat(form.select("input[type=hidden][name=csrf_token]").val())
          .as("form#" + form.id())
          .isEqualTo(tokenOf(first));
    }
    // base64url without padding: 22 characters carry 128 bits, 43 carry 256.
    assertThat(tokenOf(first)).matches("[A-Za-z0-9_-]{43}");
    assertThat(tokenOf(again)).isEqualTo(tokenOf(first));
    assertThat(tokenOf(otherSession)).isNotEqualTo(tokenOf(first));
  }

  @Test
  void aPostWithoutTheTokenIsTheLayoutsForbiddenPageAndTheActionDoesNotRun() throws Exception {
    Map<String, String> fields =
        echoFields("marker-no-token", "marker-no-token", get("request-echo.xhtml"));
    fields.remove("csrf_token");

    HttpResponse<String> response = post("request-echo.xhtml", fields);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("marker-no-token");
    assertErrorPageInLayout(response, "403");
  }

  @Test
  void aPostWithAWrongTokenIsTheLayoutsForbiddenPage() throws Exception {
    Map<String, String> fields =
        echoFields("marker-wrong", "marker-wrong", get("request-echo.xhtml"));
    fields.put("csrf_token", "wapiti");

    HttpResponse<String> response = post("request-echo.xhtml", fields);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("marker-wrong");
    assertErrorPageInLayout(response, "403");
  }

  @Test
  void anotherSessionsTokenIsRefused() throws Exception {
    String foreignToken = tokenOf(get("request-echo.xhtml"));
    freshCookies();
    Map<String, String> fields =
        echoFields("marker-foreign", "marker-foreign", get("request-echo.xhtml"));
    fields.put("csrf_token", foreignToken);

    HttpResponse<String> response = post("request-echo.xhtml", fields);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("marker-foreign");
  }

  @Test
  void aTokenForASessionThatNoLongerExistsIsTheLayoutsExpiredPage() throws Exception {
    Map<String, String> fields = echoFields("stale", "stale", get("request-echo.xhtml"));
    freshCookies();

    HttpResponse<String> response = post("request-echo.xhtml", fields);

    assertThat(response.statusCode()).isEqualTo(400);
    assertErrorPageInLayout(response, "expired");
  }

  @Test
  void theTokenInTheQueryStringIsRefused() throws Exception {
    HttpResponse<String> page = get("request-echo.xhtml");
    Map<String, String> fields = echoFields("token in query", "token in query", page);
    fields.remove("csrf_token");

    HttpResponse<String> response =
        post(
            "request-echo.xhtml?csrf_token="
                + URLEncoder.encode(tokenOf(page), StandardCharsets.UTF_8),
            fields);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("token in query");
  }

  @Test
  void anUnknownAddressIsTheLayoutsNotFoundPage() throws Exception {
    HttpResponse<String> response = get("no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertErrorPageInLayout(response, "404");
  }

  // --- oversized bodies: 413 before any parameter is read (issue 14)

  @Test
  void aFormPostOverOneMebibyteIsTheLayoutsTooLargePage() throws Exception {
    Map<String, String> fields = echoFields("big", "B".repeat(5 * 1024 * 1024), page());

    HttpResponse<String> response = postBody("request-echo.xhtml", form(fields), false);

    assertThat(response.statusCode()).isEqualTo(413);
    assertErrorPageInLayout(response, "413");
  }

  @Test
  void aChunkedFormPostOverOneMebibyteIsTheLayoutsTooLargePage() throws Exception {
    Map<String, String> fields = echoFields("big", "B".repeat(5 * 1024 * 1024), page());

    HttpResponse<String> response = postBody("request-echo.xhtml", form(fields), true);

    assertThat(response.statusCode()).isEqualTo(413);
    assertErrorPageInLayout(response, "413");
  }

  @Test
  void aChunkedFormPostWithinTheLimitIsReadAsUsual() throws Exception {
    String text = TYPED + " " + "x".repeat(500_000);
    Map<String, String> fields = echoFields("chunked " + TYPED, text, page());

    HttpResponse<String> response = postBody("request-echo.xhtml", form(fields), true);

    assertThat(response.statusCode()).isEqualTo(200);
    Document saved = Jsoup.parse(response.body());
    assertThat(saved.getElementById("saved-name").wholeText()).isEqualTo("chunked " + TYPED);
    assertThat(saved.getElementById("saved-text").wholeText()).isEqualTo(text);
  }

  private HttpResponse<String> page() throws Exception {
    return get("request-echo.xhtml");
  }

  /** Posts {@code body} over HTTP/1.1 with a Content-Length, or chunked (length unknown). */
  private HttpResponse<String> postBody(String path, String body, boolean chunked)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
            : HttpRequest.BodyPublishers.ofByteArray(bytes);
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(publisher)
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> postEcho(String name, String text) throws Exception {
    return post("request-echo.xhtml", echoFields(name, text, get("request-echo.xhtml")));
  }

  /** The echo form's fields as a browser would post them from {@code page}. */
  private static Map<String, String> echoFields(
      String name, String text, HttpResponse<String> page) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("echo-form", "echo-form");
    fields.put("echo-form:name", name);
    fields.put("echo-form:text", text);
    fields.put("echo-form:save", "Save");
    fields.put("jakarta.faces.ViewState", viewStateOf(page));
    fields.put("csrf_token", tokenOf(page));
    return fields;
  }

  private static String tokenOf(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher m = CSRF_TOKEN.matcher(page.body());
    assertThat(m.find()).as("an anti-CSRF token on the page").isTrue();
    return m.group(1);
  }

  private static String viewStateOf(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher m = VIEW_STATE.matcher(page.body());
    assertThat(m.find()).as("a view state on the page").isTrue();
    return m.group(1);
  }

  private static void assertErrorPageInLayout(HttpResponse<String> response, String status) {
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("header.site-header")).as("the site's layout").hasSize(1);
    assertThat(page.select("section.error-page[data-status=" + status + "]")).hasSize(1);
    assertThat(response.body()).doesNotContain("Payara").doesNotContain("Exception");
    HttpHeaders headers = response.headers();
    assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
