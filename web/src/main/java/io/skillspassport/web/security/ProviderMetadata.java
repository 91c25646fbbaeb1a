package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The issuer's endpoints from its discovery document ({@code
 * ISSUER/.well-known/openid-configuration}, OpenID Connect Discovery 1.0): where to send a person
 * to sign in, where to exchange a code and refresh tokens, where to end the Keycloak session. Read
 * at the first sign-in and kept; a failed read is tried again at the next request (Keycloak may
 * start after the portal, as in {@code cluster.sh}).
 */
@ApplicationScoped
public class ProviderMetadata {

  @Inject OidcSettings oidc;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private volatile JsonObject document;

  /** The authorization endpoint, where the browser signs in. */
  String authorizationEndpoint() throws IOException {
    return required("authorization_endpoint");
  }

  /** The token endpoint: code exchange and refresh, server to server. */
  String tokenEndpoint() throws IOException {
    return required("token_endpoint");
  }

  /** The end-session endpoint for RP-initiated logout; empty if it cannot be read now. */
  Optional<String> endSessionEndpoint() {
    try {
      return Optional.ofNullable(read().getString("end_session_endpoint", null));
    } catch (IOException unreachable) {
      return Optional.empty();
    }
  }

  private String required(String name) throws IOException {
    String value = read().getString(name, "");
    if (value.isBlank()) {
      throw new IOException("the issuer's discovery document names no " + name);
    }
    return value;
  }

  private JsonObject read() throws IOException {
    JsonObject known = document;
    if (known != null) {
      return known;
    }
    String issuer = oidc.getIssuer();
    URI uri =
        URI.create(issuer + (issuer.endsWith("/") ? "" : "/") + ".well-known/openid-configuration");
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + uri, e);
    }
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject read = reader.readObject();
      document = read;
      return read;
    } catch (RuntimeException e) {
      throw new IOException(uri + " is no JSON object", e);
    }
  }
}
