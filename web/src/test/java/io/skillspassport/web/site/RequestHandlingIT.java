package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

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
    String viewState = viewStateOf(get("request-echo.xhtml"));
    Map<String, String> fields = echoFields("by GET", "by GET", viewState);

    HttpResponse<String> response = get("request-echo.xhtml?" + form(fields));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("by GET");
    assertErrorPageInLayout(response, "400");
  }

  @Test
  void aPostWithTheViewStateOnlyInTheQueryStringIsRefused() throws Exception {
    String viewState = viewStateOf(get("request-echo.xhtml"));
    Map<String, String> fields = echoFields("by query", "by query", viewState);
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
    HttpResponse<String> response = post("roles", Map.of("anything", "x"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertErrorPageInLayout(response, "expired");
  }

  @Test
  void anUnknownAddressIsTheLayoutsNotFoundPage() throws Exception {
    HttpResponse<String> response = get("no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertErrorPageInLayout(response, "404");
  }

  private HttpResponse<String> postEcho(String name, String text) throws Exception {
    String viewState = viewStateOf(get("request-echo.xhtml"));
    return post("request-echo.xhtml", echoFields(name, text, viewState));
  }

  private static Map<String, String> echoFields(String name, String text, String viewState) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("echo-form", "echo-form");
    fields.put("echo-form:name", name);
    fields.put("echo-form:text", text);
    fields.put("echo-form:save", "Save");
    fields.put("jakarta.faces.ViewState", viewState);
    return fields;
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
