package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.web.testing.TestCaller;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a visitor sees of each refusal, over HTTP against the packaged war (OmniFaces included) plus
 * one test page ({@code refusals.xhtml}, {@link RefusalProbe}) whose actions throw the boundaries'
 * refusals: the status code, the page in the site's layout, the problems as messages on the same
 * form, and never an exception's text. A real page's 404 for an unknown role is checked too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalsIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern CSRF_TOKEN =
      Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war()
        .addClass(RefusalProbe.class)
        .addClass(TestCaller.class)
        .addAsWebResource(new File("src/test/resources/refusals/refusals.xhtml"), "refusals.xhtml");
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
  void theProbePageLoadsWithoutARefusal() throws Exception {
    HttpResponse<String> page = get("refusals.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).getElementById("loaded").text()).isEqualTo("loaded");
  }

  @ParameterizedTest(name = "?id={0} -> {1}")
  @CsvSource({"unknown, 404", "changed, 409", "malformed, 400", "denied, 403", "broken, 500"})
  void aRefusalOfAPageAddressIsItsErrorPageWithoutTheExceptionsText(String id, int status)
      throws Exception {
    HttpResponse<String> response = get("refusals.xhtml?id=" + id);

    assertThat(response.statusCode()).isEqualTo(status);
    assertErrorPageInLayout(response, String.valueOf(status));
  }

  @Test
  void anUnknownRoleIsTheNotFoundPage() throws Exception {
    HttpResponse<String> response = get("roles/no-such-role-anywhere");

    assertThat(response.statusCode()).isEqualTo(404);
    assertErrorPageInLayout(response, "404");
  }

  @Test
  void aRejectedSaveShowsEveryProblemOnTheSameForm() throws Exception {
    HttpResponse<String> response = press("reject");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("#probe\\:messages li").eachText())
        .containsExactly(RefusalProbe.BLANK_NAME, RefusalProbe.THRESHOLD);
    assertThat(page.getElementById("probe")).as("the same form, still there").isNotNull();
    assertThat(response.body()).doesNotContain(RefusalProbe.INTERNAL).doesNotContain("Exception");
  }

  @Test
  void aConflictOnAFormIsStatus409WithItsSentenceOnTheSameForm() throws Exception {
    HttpResponse<String> response = press("conflict");

    assertThat(response.statusCode()).isEqualTo(409);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("#probe\\:messages li").eachText())
        .containsExactly(RefusalProbe.CHANGED);
    assertThat(response.body()).doesNotContain("Exception");
  }

  /**
   * The refusals that had types of their own, each made by the real boundary (the probe signs in as
   * a new person and calls it until it refuses): the kind decides the status — a wrong input
   * ({@code Rejected}) keeps the form at 200, a state that does not allow it ({@code Conflict}) is
   * 409 — and the boundary's sentence, typed here as the page must show it, stands on the form.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "skip | 200 | Choose one of the options: every item needs an answer before the next one is"
            + " chosen (an item cannot be skipped).",
        "change | 409 | Item 1 is already answered and cannot be changed: the adaptive test chose"
            + " the next item from that answer.",
        "no-score | 409 | This Python Fundamentals attempt ended after 0 scored items, before the"
            + " minimum of 8: it gives no score, and nothing was added to your passport.",
        "export | 409 | Your passport has no current result yet, so there is nothing to export.",
        "used-invitation | 409 | This invitation can no longer be accepted: it has been used."
      })
  void aBoundarysRefusalShowsItsSentenceOnTheFormWithTheStatusOfItsKind(
      String button, int status, String sentence) throws Exception {
    HttpResponse<String> response = press(button);

    assertThat(response.statusCode()).isEqualTo(status);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("#probe\\:messages li").eachText()).containsExactly(sentence);
    assertThat(page.getElementById("probe")).as("the same form, still there").isNotNull();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.skillspassport");
  }

  /** The cooldown's sentence names the minute a retake opens, so only its shape is fixed here. */
  @Test
  void aRetakeDuringTheCooldownIs409WithTheMinuteItOpens() throws Exception {
    HttpResponse<String> response = press("retake");

    assertThat(response.statusCode()).isEqualTo(409);
    List<String> messages = Jsoup.parse(response.body()).select("#probe\\:messages li").eachText();
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0))
        .matches(
            "You took the Python Fundamentals sample recently; you can retake it from"
                + " \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\.");
    assertThat(response.body()).doesNotContain("Exception");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"missing, 404", "deny, 403", "fail, 500"})
  void aFormActionRefusedForAnotherReasonIsItsErrorPage(String button, int status)
      throws Exception {
    HttpResponse<String> response = press(button);

    assertThat(response.statusCode()).isEqualTo(status);
    assertErrorPageInLayout(response, String.valueOf(status));
  }

  @Test
  void anUnexpectedFailureOfAnAjaxRequestRendersTheErrorPageIntoTheAnswer() throws Exception {
    HttpResponse<String> response = ajax("ajax-fail");

    // An ajax answer must be 200, or the browser drops it; OmniFaces renders the 500 page into it.
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<partial-response")
        .contains("data-status=\"500\"")
        .doesNotContain(RefusalProbe.INTERNAL)
        .doesNotContain("Exception");
  }

  @Test
  void aRejectedAjaxSaveShowsTheProblemsInTheUpdatedForm() throws Exception {
    HttpResponse<String> response = ajax("ajax-reject");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<partial-response")
        .contains(RefusalProbe.BLANK_NAME)
        .contains(RefusalProbe.THRESHOLD)
        .doesNotContain("data-status=");
  }

  /** Posts the probe form as a browser does when {@code button} is pressed. */
  private HttpResponse<String> press(String button) throws Exception {
    Map<String, String> fields = formOf(get("refusals.xhtml"));
    fields.put("probe:" + button, button);
    return post("refusals.xhtml", fields, Map.of());
  }

  /** Posts the probe form as Faces' ajax script does when {@code button} is pressed. */
  private HttpResponse<String> ajax(String button) throws Exception {
    Map<String, String> fields = formOf(get("refusals.xhtml"));
    fields.put("jakarta.faces.source", "probe:" + button);
    fields.put("jakarta.faces.partial.event", "click");
    fields.put("jakarta.faces.partial.execute", "probe:" + button + " probe");
    fields.put("jakarta.faces.partial.render", "probe");
    fields.put("jakarta.faces.behavior.event", "action");
    fields.put("jakarta.faces.partial.ajax", "true");
    return post("refusals.xhtml", fields, Map.of("Faces-Request", "partial/ajax"));
  }

  private static Map<String, String> formOf(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("probe", "probe");
    fields.put("jakarta.faces.ViewState", first(VIEW_STATE, page.body()));
    fields.put("csrf_token", first(CSRF_TOKEN, page.body()));
    return fields;
  }

  private static String first(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertThat(m.find()).as(pattern.pattern()).isTrue();
    return m.group(1);
  }

  private static void assertErrorPageInLayout(HttpResponse<String> response, String status) {
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("header.site-header")).as("the site's layout").hasSize(1);
    assertThat(page.select("section.error-page[data-status=" + status + "]")).hasSize(1);
    assertThat(response.body())
        .doesNotContain(RefusalProbe.INTERNAL)
        .doesNotContain("Payara")
        .doesNotContain("Exception");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(
      String path, Map<String, String> fields, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
