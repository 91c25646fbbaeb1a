package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public pages over HTTP, as a visitor's browser receives them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int occurrences(String text, String pattern) {
    return (int) Pattern.compile(pattern).matcher(text).results().count();
  }

  @Test
  void rolePageShowsTheGuidesFacts() throws Exception {
    var response = get("roles/ml-research-scientist");
    String html = response.body();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(html).contains("<h1>ML Research Scientist</h1>");
    assertThat(html).contains("$295,000").contains("$165,000").contains("$800,000");
    assertThat(html)
        .containsPattern(
            "<th scope=\"row\">Cognitive Reasoning</th>\\s*<td class=\"num relevance\">0.75</td>");
    assertThat(occurrences(html, "class=\"ladder-level\"")).isEqualTo(6);
    assertThat(html)
        .contains("Research Intern or PhD Researcher")
        .contains("Research Scientist or ML Research Scientist")
        .contains("Senior Research Scientist")
        .contains("Staff or Principal Research Scientist")
        .contains("Distinguished Scientist or Research Fellow")
        .contains("Manager, Director, or VP of Research");
    assertThat(occurrences(html, "class=\"pitfall\"")).isEqualTo(4);
    assertThat(html)
        .contains("Benchmark-gaming over capability research")
        .contains("Implementation perfectionism over experimental velocity")
        .contains("Isolation from production engineering")
        .contains("Research-direction reactivity");
    assertThat(html).contains("class=\"bar-chart\"").contains("Research-direction taste");
    assertThat(html)
        .contains("Three reference points worth noting:")
        .contains("For an extended treatment of how career ladders are designed, see career-ladder")
        .contains("href=\"/assessments\"")
        .contains("href=\"/methodology\"")
        .contains("href=\"/passport-explained\"");
    assertThat(html)
        .containsPattern(
            "<h2>[^<]+</h2>\\s*<p>An ML Research Scientist designs, runs, and writes up experiments");
  }

  @Test
  void roleCatalogueLinksTheRole() throws Exception {
    var response = get("roles");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("/roles/ml-research-scientist\">ML Research Scientist</a>");
  }

  @Test
  void assessmentCatalogueShowsSixFamiliesEachWithAnAssessment() throws Exception {
    String html = get("assessments").body();

    assertThat(occurrences(html, "class=\"card family\"")).isEqualTo(6);
    // Every family ships a bank of at least 8 operational items, so every one can be taken.
    assertThat(occurrences(html, "availability available")).isEqualTo(6);
    assertThat(html)
        .contains("id=\"family-cognitive-reasoning\"")
        .contains("id=\"family-ai-output-evaluation\"")
        .contains("id=\"family-data-analysis\"")
        .contains("id=\"family-python-fundamentals\"")
        .contains("id=\"family-ai-collaboration-literacy\"")
        .contains("id=\"family-communication\"");
  }

  @Test
  void unknownSlugGetsTheNotFoundPageInTheSiteLayout() throws Exception {
    var response = get("roles/no-such-role");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("Page not found")
        .contains("class=\"site-header\"")
        .doesNotContain("Exception");
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"", "roles", "roles/ml-research-scientist", "roles/nope"}) {
      var headers = get(path).headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("object-src 'none'").doesNotContain("unsafe-inline"));
      assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  /**
   * Search engines and Lighthouse's SEO audit read {@code <meta name="description">}; each public
   * page has its own (a shared one reads as duplicate content), and the role page names its role.
   */
  @Test
  void everyPublicPageHasItsOwnMetaDescription() throws Exception {
    Pattern meta = Pattern.compile("<meta name=\"description\" content=\"([^\"]{50,200})\"");
    java.util.Map<String, String> descriptions = new java.util.LinkedHashMap<>();
    for (String path :
        new String[] {
          "",
          "roles",
          "roles/ml-research-scientist",
          "assessments",
          "methodology",
          "passport-explained",
          "verify"
        }) {
      var found = meta.matcher(get(path).body());
      assertThat(found.find()).as("meta description of /" + path).isTrue();
      descriptions.put(path, found.group(1));
    }
    assertThat(java.util.Set.copyOf(descriptions.values())).hasSize(descriptions.size());
    assertThat(descriptions.get("roles/ml-research-scientist")).startsWith("ML Research Scientist");
  }

  /** The layout links an SVG favicon, served as SVG (Lighthouse's best-practices audit). */
  @Test
  void theLayoutLinksAFaviconThatIsServedAsSvg() throws Exception {
    var link =
        Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
            .matcher(get("").body());
    assertThat(link.find()).isTrue();
    var icon = get(link.group(1).replace("&amp;", "&"));
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    assertThat(icon.body()).startsWith("<svg").contains("</svg>");
  }
}
