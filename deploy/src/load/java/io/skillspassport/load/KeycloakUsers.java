package io.skillspassport.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Creates the load test's candidates and employers through Keycloak's admin REST API, signed in to
 * the master realm as the bootstrap admin of the development Keycloak ({@code
 * deploy/bin/keycloak.sh}). The realm's default roles make a new user a candidate. A user that
 * exists already (a re-run with the same {@code load.run}) is kept.
 */
final class KeycloakUsers {

  private static final String REALM = "skills-passport";
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final URI keycloak;
  private final String token;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  KeycloakUsers(String keycloakUrl, String admin, String password) {
    this.keycloak = URI.create(keycloakUrl.endsWith("/") ? keycloakUrl : keycloakUrl + "/");
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + encode(admin)
            + "&password="
            + encode(password);
    var response =
        send(
            HttpRequest.newBuilder(keycloak.resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    var matcher = TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !matcher.find()) {
      throw new IllegalStateException(
          "Keycloak admin sign-in refused: " + response.statusCode() + " " + response.body());
    }
    this.token = matcher.group(1);
  }

  /** An enabled candidate with a verified email and a permanent password. */
  void createCandidate(String username, String password) {
    String json =
        """
        {"username":"%s","enabled":true,"email":"%s@example.org","emailVerified":true,
         "firstName":"Load","lastName":"Test","credentials":[{"type":"password","value":"%s",
         "temporary":false}]}"""
            .formatted(username, username, password);
    var response =
        send(
            HttpRequest.newBuilder(keycloak.resolve("admin/realms/" + REALM + "/users"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException(
          "creating " + username + ": " + response.statusCode() + " " + response.body());
    }
  }

  /**
   * An enabled employer of {@code organisation} with a permanent password: the user, then the realm
   * role {@code employer}. Each virtual employer has its own account: the realm's brute-force
   * protection disables an account that signs in several times within a second ({@code
   * quickLoginCheckMilliSeconds}), which shared demo accounts did under load.
   */
  void createEmployer(String username, String password, String organisation) {
    String json =
        """
        {"username":"%s","enabled":true,"email":"%s@example.org","emailVerified":true,
         "firstName":"Load","lastName":"Employer","attributes":{"organisation":["%s"]},
         "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
            .formatted(username, username, organisation, password);
    var created =
        send(
            HttpRequest.newBuilder(keycloak.resolve("admin/realms/" + REALM + "/users"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    if (created.statusCode() == 409) {
      return;
    }
    String location = created.headers().firstValue("Location").orElse("");
    if (created.statusCode() != 201 || location.isEmpty()) {
      throw new IllegalStateException(
          "creating " + username + ": " + created.statusCode() + " " + created.body());
    }
    var role =
        send(
            HttpRequest.newBuilder(keycloak.resolve("admin/realms/" + REALM + "/roles/employer"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    var mapped =
        send(
            HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role.body() + "]"))
                .build());
    if (role.statusCode() != 200 || mapped.statusCode() != 204) {
      throw new IllegalStateException(
          "giving "
              + username
              + " the employer role: "
              + role.statusCode()
              + "/"
              + mapped.statusCode());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
