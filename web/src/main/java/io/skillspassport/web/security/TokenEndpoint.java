package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The issuer's token endpoint, server to server (OAuth 2.0, RFC 6749): exchanges an authorization
 * code with its PKCE verifier (section 4.1.3, RFC 7636 section 4.5) and refreshes tokens (section
 * 6). The client authenticates with HTTP Basic, id and secret form-URL-encoded first (section
 * 2.3.1).
 *
 * <p>An answer 400 or 401 is Keycloak's refusal ({@link Refused}: an invalid, used or expired code,
 * a refresh token of an ended session or a disabled account); anything else that is not 200 is a
 * failure to reach it ({@link IOException}), which the caller treats differently: a refusal ends
 * the sign-in, an outage does not.
 */
@ApplicationScoped
public class TokenEndpoint {

  @Inject OidcSettings oidc;

  @Inject ProviderMetadata provider;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Tokens as the endpoint answered them.
   *
   * @param accessToken the access token
   * @param idToken the ID token (always at the code exchange with scope {@code openid}; Keycloak
   *     also sends one at a refresh)
   * @param refreshToken the refresh token, if issued
   */
  record Answer(String accessToken, Optional<String> idToken, Optional<String> refreshToken) {}

  /** Keycloak refused the grant; the message carries its {@code error}. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Exchanges an authorization code sent to {@code redirectUri}, proving {@code verifier}. */
  Answer exchange(String code, String verifier, String redirectUri) throws Refused, IOException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", verifier);
    return post(form);
  }

  /** New tokens for a refresh token. */
  Answer refresh(String refreshToken) throws Refused, IOException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    return post(form);
  }

  private Answer post(Map<String, String> form) throws Refused, IOException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String credentials = encode(oidc.getClientId()) + ":" + encode(oidc.getClientSecret());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(provider.tokenEndpoint()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted at the token endpoint", e);
    }
    int status = response.statusCode();
    if (status == 400 || status == 401) {
      throw new Refused(
          "the token endpoint refused the "
              + form.get("grant_type")
              + " grant ("
              + status
              + "): "
              + json(response.body()).map(j -> j.getString("error", "?")).orElse("?"));
    }
    if (status != 200) {
      throw new IOException("the token endpoint answered " + status);
    }
    JsonObject answer =
        json(response.body())
            .orElseThrow(() -> new IOException("the token endpoint answered no JSON object"));
    String access = answer.getString("access_token", "");
    if (access.isEmpty()) {
      throw new IOException("the token endpoint answered without an access token");
    }
    return new Answer(
        access,
        Optional.ofNullable(answer.getString("id_token", null)),
        Optional.ofNullable(answer.getString("refresh_token", null)));
  }

  private static Optional<JsonObject> json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.readObject());
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
