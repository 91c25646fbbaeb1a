package io.skillspassport.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * What an administrator does in Keycloak's admin console, through its REST API: create a user,
 * disable them, change their roles, end their sessions. Signs in to the master realm as the
 * bootstrap admin that {@code keycloak.sh} creates ({@code admin}/{@code admin}, development only).
 */
public final class KeycloakAdmin {

  private static final String REALM = "skills-passport";

  private final URI keycloak;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public KeycloakAdmin(Portal portal) {
    this.keycloak = portal.keycloakUri();
  }

  /**
   * Creates an enabled user with a verified email and a permanent password; the realm's default
   * roles make them a candidate.
   *
   * @return the user's id
   */
  public String createUser(String username, String password, String firstName, String lastName) {
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("email", username + "@example.org")
            .add("emailVerified", true)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build();
    HttpResponse<String> created = send("POST", "/users", user);
    expect(created, 201);
    return userId(username);
  }

  /** The id of {@code username}. */
  public String userId(String username) {
    var found =
        (JsonArray)
            json(
                expect(
                    send(
                        "GET",
                        "/users?exact=true&username="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8),
                        null),
                    200));
    if (found.isEmpty()) {
      throw new AssertionError("no Keycloak user " + username);
    }
    return found.getJsonObject(0).getString("id");
  }

  public void deleteUser(String userId) {
    expect(send("DELETE", "/users/" + userId, null), 204);
  }

  /** Enables or disables the account, as the admin console's "Enabled" switch does. */
  public void setEnabled(String userId, boolean enabled) {
    JsonObject change = Json.createObjectBuilder().add("enabled", enabled).build();
    expect(send("PUT", "/users/" + userId, change), 204);
  }

  /** The ids of the user's Keycloak sessions. */
  public List<String> sessionIds(String userId) {
    var sessions =
        (JsonArray) json(expect(send("GET", "/users/" + userId + "/sessions", null), 200));
    return sessions.getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).toList();
  }

  /** Ends one Keycloak session, as "Sign out" on the admin console's Sessions tab does. */
  public void endSession(String sessionId) {
    expect(send("DELETE", "/sessions/" + sessionId, null), 204);
  }

  /**
   * Takes the realm roles {@code removed} from the user and grants {@code granted}. A role the user
   * holds through a composite (every new user is a candidate through the realm's default roles) is
   * only gone when the composite is removed too.
   */
  public void changeRealmRoles(String userId, List<String> removed, String granted) {
    String mappings = "/users/" + userId + "/role-mappings/realm";
    expect(send("POST", mappings, Json.createArrayBuilder().add(role(granted)).build()), 204);
    var toRemove = Json.createArrayBuilder();
    removed.forEach(name -> toRemove.add(role(name)));
    expect(send("DELETE", mappings, toRemove.build()), 204);
  }

  /**
   * Creates a confidential client for the client credentials grant, as an assessment engine's
   * client is set up: a service account, the API's audience ({@code skills-passport-api}) and the
   * realm roles in {@code realm_access.roles}; the service account gets the realm role {@code
   * assessment-engine} when {@code engineRole} is set.
   */
  public void createEngineClient(String clientId, String secret, boolean engineRole) {
    JsonObject client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("enabled", true)
            .add("protocol", "openid-connect")
            .add("publicClient", false)
            .add("clientAuthenticatorType", "client-secret")
            .add("secret", secret)
            .add("standardFlowEnabled", false)
            .add("directAccessGrantsEnabled", false)
            .add("serviceAccountsEnabled", true)
            .add(
                "protocolMappers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "API audience")
                            .add("protocol", "openid-connect")
                            .add("protocolMapper", "oidc-audience-mapper")
                            .add(
                                "config",
                                Json.createObjectBuilder()
                                    .add("included.custom.audience", "skills-passport-api")
                                    .add("access.token.claim", "true")
                                    .add("id.token.claim", "false")))
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "realm roles")
                            .add("protocol", "openid-connect")
                            .add("protocolMapper", "oidc-usermodel-realm-role-mapper")
                            .add(
                                "config",
                                Json.createObjectBuilder()
                                    .add("claim.name", "realm_access.roles")
                                    .add("multivalued", "true")
                                    .add("jsonType.label", "String")
                                    .add("access.token.claim", "true")
                                    .add("id.token.claim", "false"))))
            .build();
    expect(send("POST", "/clients", client), 201);
    if (engineRole) {
      var found =
          (JsonArray)
              json(
                  expect(
                      send(
                          "GET",
                          "/clients?clientId="
                              + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                          null),
                      200));
      String id = found.getJsonObject(0).getString("id");
      String user =
          ((JsonObject)
                  json(expect(send("GET", "/clients/" + id + "/service-account-user", null), 200)))
              .getString("id");
      expect(
          send(
              "POST",
              "/users/" + user + "/role-mappings/realm",
              Json.createArrayBuilder().add(role("assessment-engine")).build()),
          204);
    }
  }

  /** An access token of a confidential client by the client credentials grant. */
  public String clientCredentialsToken(String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, UTF8)
            + "&client_secret="
            + URLEncoder.encode(secret, UTF8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    keycloak.resolve("/realms/" + REALM + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    return ((JsonObject) json(expect(response, 200))).getString("access_token");
  }

  private JsonObject role(String name) {
    return (JsonObject) json(expect(send("GET", "/roles/" + name, null), 200));
  }

  private HttpResponse<String> send(String method, String path, JsonStructure body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(keycloak.resolve("/admin/realms/" + REALM + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + accessToken());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return send(request.build());
  }

  /** A fresh admin token for every call: they live a minute, and calls are few. */
  private String accessToken() {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(System.getProperty("keycloak.admin.user", "admin"), UTF8)
            + "&password="
            + URLEncoder.encode(System.getProperty("keycloak.admin.password", "admin"), UTF8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(keycloak.resolve("/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    return ((JsonObject) json(expect(response, 200))).getString("access_token");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response;
  }

  private static JsonValue json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readValue();
    }
  }
}
