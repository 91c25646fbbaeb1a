package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The issuer's RSA signing keys by key id, read from the {@code jwks_uri} of its discovery document
 * and cached. An unknown key id triggers one re-read (Keycloak rotates keys), at most every {@link
 * #MIN_REFRESH}, so a flood of tokens with made-up key ids cannot turn the portal into a load
 * generator against Keycloak.
 */
@ApplicationScoped
public class IssuerKeys {

  private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

  static final Duration MIN_REFRESH = Duration.ofSeconds(10);

  @Inject OidcSettings oidc;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Map<String, PublicKey> keys = Map.of();
  private long lastRead = Long.MIN_VALUE / 2;

  /** The issuer's public key {@code kid}, if it publishes one. */
  public synchronized Optional<PublicKey> key(String kid) {
    PublicKey known = keys.get(kid);
    if (known != null) {
      return Optional.of(known);
    }
    if (System.nanoTime() - lastRead < MIN_REFRESH.toNanos()) {
      return Optional.empty();
    }
    lastRead = System.nanoTime();
    try {
      keys = read();
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "cannot read the issuer's keys: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.ofNullable(keys.get(kid));
  }

  private Map<String, PublicKey> read() throws IOException, InterruptedException {
    String issuer = oidc.getIssuer();
    JsonObject discovery =
        get(
            URI.create(
                issuer + (issuer.endsWith("/") ? "" : "/") + ".well-known/openid-configuration"));
    JsonObject jwks = get(URI.create(discovery.getString("jwks_uri")));
    Map<String, PublicKey> read = new HashMap<>();
    for (JsonObject jwk : jwks.getJsonArray("keys").getValuesAs(JsonObject.class)) {
      if ("RSA".equals(jwk.getString("kty", "")) && !"enc".equals(jwk.getString("use", "sig"))) {
        read.put(jwk.getString("kid", ""), rsaKey(jwk));
      }
    }
    return Map.copyOf(read);
  }

  /** The RSA public key of a JWK: modulus {@code n} and exponent {@code e}, base64url. */
  static PublicKey rsaKey(JsonObject jwk) {
    Base64.Decoder decoder = Base64.getUrlDecoder();
    var spec =
        new RSAPublicKeySpec(
            new BigInteger(1, decoder.decode(jwk.getString("n"))),
            new BigInteger(1, decoder.decode(jwk.getString("e"))));
    try {
      return KeyFactory.getInstance("RSA").generatePublic(spec);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an RSA key: " + jwk.getString("kid", ""), e);
    }
  }

  private JsonObject get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
