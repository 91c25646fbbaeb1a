package io.skillspassport.system.imports;

import io.skillspassport.system.DemoUser;
import io.skillspassport.system.FacesForm;
import io.skillspassport.system.HttpSession;
import io.skillspassport.system.KeycloakAdmin;
import io.skillspassport.system.Portal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An assessment engine as the system tests set it up and use it: a Keycloak client with a service
 * account (created through Keycloak's admin API), registered by ada.admin on {@code /admin/engines}
 * with an equating table, and its calls to {@code /api/v1/results}.
 */
final class EngineApi {

  /**
   * The tests' equating table: a linear link {@code e(x) = 350 + 7.5·x} over 0–60, written as the
   * scoring tool's {@code equate} command prints it. Hand-worked values in {@link ResultsApiIT}.
   */
  static final String TABLE = "x ey\n0 350\n20 500\n40 650\n60 800\n";

  static final double LINKING_ERROR = 8;

  static final String FAMILY = "DATA_ANALYSIS";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final Portal portal;
  private final KeycloakAdmin keycloak;
  final String clientId;
  private final String secret;

  private EngineApi(Portal portal, String clientId, String secret) {
    this.portal = portal;
    this.keycloak = new KeycloakAdmin(portal);
    this.clientId = clientId;
    this.secret = secret;
  }

  /**
   * A new Keycloak client; with {@code engineRole} its service account has the engine role; with
   * {@code register} ada.admin registers it as an engine and uploads {@link #TABLE}.
   */
  static EngineApi create(Portal portal, String prefix, boolean engineRole, boolean register) {
    String clientId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String secret = UUID.randomUUID().toString();
    EngineApi engine = new EngineApi(portal, clientId, secret);
    engine.keycloak.createEngineClient(clientId, secret, engineRole);
    if (register) {
      engine.register();
    }
    return engine;
  }

  private void register() {
    HttpSession admin = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    Document page = admin.get("/admin/engines").document();
    FacesForm form = FacesForm.of(page, "register");
    form.set("register:name", "Test engine " + clientId)
        .set("register:clientId", clientId)
        .set("register:scale", "0–60 raw points");
    var fields = new java.util.LinkedHashMap<>(form.clicking("register:registerEngine"));
    fields.put("register:families", FAMILY);
    Document registered = admin.post(form.action(), fields).document();
    Element option =
        registered.select("select[name=upload:engine] option").stream()
            .filter(o -> o.text().contains("(" + clientId + ")"))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError("engine " + clientId + " not listed: " + registered.text()));
    FacesForm upload = FacesForm.of(registered, "upload");
    upload
        .set("upload:engine", option.val())
        .set("upload:method", "linear")
        .set("upload:tableText", TABLE)
        .set("upload:linkingError", Double.toString(LINKING_ERROR));
    Document uploaded = upload.submit(admin, "upload:uploadTable").document();
    Element card =
        uploaded.select("section.engine").stream()
            .filter(c -> c.select("code.engine-client").text().equals(clientId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("engine " + clientId + " not listed"));
    if (!card.text().contains("linear equating, 4 points")) {
      throw new AssertionError("table not stored for " + clientId + ": " + uploaded.text());
    }
  }

  String token() {
    return keycloak.clientCredentialsToken(clientId, secret);
  }

  /** POST /api/v1/results with this engine's token. */
  HttpResponse<String> post(String key, String body) {
    return post(Optional.of(token()), key, body);
  }

  HttpResponse<String> post(Optional<String> token, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.uri("/api/v1/results"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(request.build());
  }

  /** GET /api/v1/results/{id} with {@code token}. */
  HttpResponse<String> get(String token, String id) {
    return send(
        HttpRequest.newBuilder(portal.uri("/api/v1/results/" + id))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static String result(String candidateCode, double score, double standardError) {
    return Json.createObjectBuilder()
        .add("candidateCode", candidateCode)
        .add("familyCode", FAMILY)
        .add("score", score)
        .add("standardError", standardError)
        .add("measuredAt", java.time.Instant.now().minusSeconds(3600).toString())
        .build()
        .toString();
  }

  static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
