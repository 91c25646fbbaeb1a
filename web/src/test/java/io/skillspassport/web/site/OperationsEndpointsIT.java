package io.skillspassport.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations endpoints on the portal's own port, unauthenticated: {@code /health/live}, {@code
 * /health/ready} (database and OpenID Connect issuer) and the Prometheus metrics; none of them
 * tells a visitor more than up/down and counts.
 *
 * <p>The expected state of the sign-in check is established independently: the test asks the issuer
 * the portal is configured with (the development default unless {@code oidc.issuer} is set) for its
 * discovery document itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsEndpointsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> getFromServerRoot(String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/" + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void livenessIsUpWithoutSigningIn() throws Exception {
    var response = getFromServerRoot("health/live");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = json(response.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getJsonObject(0).getString("name"))
        .isEqualTo("application");
  }

  @Test
  void readinessReportsTheDatabaseAndTheIssuerAndNothingElse() throws Exception {
    boolean issuerAnswers = issuerAnswers();

    var response = getFromServerRoot("health/ready");

    JsonObject health = json(response.body());
    JsonObject check = health.getJsonArray("checks").getJsonObject(0);
    JsonObject data = check.getJsonObject("data");
    assertThat(data.getString("application")).isEqualTo("UP");
    assertThat(data.getString("database")).isEqualTo("UP");
    assertThat(data.getString("sign-in")).isEqualTo(issuerAnswers ? "UP" : "DOWN");
    assertThat(health.getString("status")).isEqualTo(issuerAnswers ? "UP" : "DOWN");
    assertThat(response.statusCode()).isEqualTo(issuerAnswers ? 200 : 503);
    assertThat(response.body())
        .doesNotContain("http")
        .doesNotContain("jdbc")
        .doesNotContain("Exception");
  }

  @Test
  void metricsCountRequestsPerPageWithIdentifiersFoldedAway() throws Exception {
    assertThat(get("roles/ml-research-scientist").statusCode()).isEqualTo(200);
    assertThat(get("roles").statusCode()).isEqualTo(200);

    // Payara serves /metrics from its default web module: the portal itself when it runs at "/"
    // (as in the uber jar), the server root otherwise (Arquillian deploys under a context path).
    var response = get("metrics?scope=application");
    if (response.statusCode() == 404) {
      response = getFromServerRoot("metrics?scope=application");
    }

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    String text = response.body();
    assertThat(text)
        .containsPattern("portal_requests_count\\{[^}]*page=\"/roles/:id\"[^}]*\\} ")
        .containsPattern("portal_requests_count\\{[^}]*page=\"/roles\"[^}]*\\} ")
        .doesNotContain("ml-research-scientist")
        .doesNotContain("JSESSIONID");
  }

  @Test
  void metricsShowTheDatabasePoolWithinItsBounds() throws Exception {
    // A page that reads the database: the pool has opened at least one connection by now.
    assertThat(get("roles").statusCode()).isEqualTo(200);

    String text = applicationMetrics();

    // The bound of the portal's @DataSourceDefinition (maxPoolSize = 20).
    assertThat(gauge(text, "database_pool_max")).isEqualTo(20.0);
    double open = gauge(text, "database_pool_open");
    double inUse = gauge(text, "database_pool_in_use");
    double waiting = gauge(text, "database_pool_waiting");
    assertThat(open).isBetween(1.0, 20.0);
    assertThat(inUse).isBetween(0.0, open);
    // Nothing else runs against this portal: nobody waits for a connection.
    assertThat(waiting).isEqualTo(0.0);
  }

  private String applicationMetrics() throws IOException, InterruptedException {
    var response = get("metrics?scope=application");
    if (response.statusCode() == 404) {
      response = getFromServerRoot("metrics?scope=application");
    }
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of the one sample of gauge {@code name} in Prometheus text format. */
  private static double gauge(String text, String name) {
    var sample = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(text);
    assertThat(sample.find()).as("a sample of %s in%n%s", name, text).isTrue();
    return Double.parseDouble(sample.group(2));
  }

  private static boolean issuerAnswers() {
    String issuer =
        System.getProperty("oidc.issuer", "http://localhost:8180/realms/skills-passport");
    try {
      return HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
