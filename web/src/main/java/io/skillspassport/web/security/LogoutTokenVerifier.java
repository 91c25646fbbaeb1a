package io.skillspassport.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies an OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0,
 * section 2.6): a JWS signed by the issuer with RSA (RS256, RS384 or RS512), whose key ({@code
 * kid}) is one of the issuer's published keys; {@code iss} is the configured issuer; {@code aud}
 * names this client; {@code iat} is present and not in the future, {@code exp} (Keycloak sets it)
 * not passed, both with {@link #LEEWAY} for clock skew; {@code events} holds the back-channel
 * logout event; a {@code sid} or a {@code sub} says whom to sign out; and there is no {@code
 * nonce}, so an ID token can never pass for a logout token. Anything else is refused with the
 * reason.
 *
 * <p>Why by hand rather than a JOSE library: the checks are the seven above and RSA signature
 * verification is in the JDK; the portal's war then carries no second copy of a library the
 * application server already uses for its own OpenID Connect mechanism.
 */
final class LogoutTokenVerifier {

  static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

  static final Duration LEEWAY = Duration.ofSeconds(60);

  private static final Map<String, String> RSA_ALGORITHMS =
      Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

  private final String issuer;
  private final String clientId;
  private final Function<String, Optional<PublicKey>> keys;
  private final Clock clock;

  /**
   * @param keys the issuer's public key of a key id, fetched from its JWKS
   */
  LogoutTokenVerifier(
      String issuer, String clientId, Function<String, Optional<PublicKey>> keys, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer);
    this.clientId = Objects.requireNonNull(clientId);
    this.keys = Objects.requireNonNull(keys);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Whom a verified logout token signs out. At least one of the two is present. */
  record LogoutToken(Optional<String> sid, Optional<String> sub) {}

  /** A logout token that does not pass; the message says which check failed. */
  static final class InvalidLogoutToken extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidLogoutToken(String message) {
      super(message);
    }
  }

  LogoutToken verify(String compact) throws InvalidLogoutToken {
    String[] parts = compact == null ? new String[0] : compact.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidLogoutToken("not a compact JWS (three parts)");
    }
    JsonObject header = json(parts[0], "header");
    JsonObject claims = json(parts[1], "claims");
    String algorithm = header.getString("alg", "");
    String javaAlgorithm = RSA_ALGORITHMS.get(algorithm);
    if (javaAlgorithm == null) {
      throw new InvalidLogoutToken("algorithm " + algorithm + " is not accepted");
    }
    String kid = header.getString("kid", "");
    PublicKey key =
        keys.apply(kid)
            .orElseThrow(() -> new InvalidLogoutToken("key " + kid + " is not the issuer's"));
    if (!signatureValid(javaAlgorithm, key, parts)) {
      throw new InvalidLogoutToken("signature does not verify");
    }
    if (!issuer.equals(claims.getString("iss", ""))) {
      throw new InvalidLogoutToken("issuer " + claims.getString("iss", "(none)") + " is not ours");
    }
    if (!audienceContainsClient(claims.get("aud"))) {
      throw new InvalidLogoutToken("audience does not name " + clientId);
    }
    Instant now = clock.instant();
    Instant issuedAt = epochSeconds(claims, "iat").orElseThrow(() -> missing("iat"));
    if (issuedAt.isAfter(now.plus(LEEWAY))) {
      throw new InvalidLogoutToken("issued in the future: " + issuedAt);
    }
    Optional<Instant> expires = epochSeconds(claims, "exp");
    if (expires.isPresent() && expires.get().plus(LEEWAY).isBefore(now)) {
      throw new InvalidLogoutToken("expired at " + expires.get());
    }
    JsonValue events = claims.get("events");
    if (!(events instanceof JsonObject eventMap) || !eventMap.containsKey(LOGOUT_EVENT)) {
      throw new InvalidLogoutToken("no back-channel logout event");
    }
    if (claims.containsKey("nonce")) {
      throw new InvalidLogoutToken("carries a nonce (an ID token, not a logout token)");
    }
    Optional<String> sid = string(claims, "sid");
    Optional<String> sub = string(claims, "sub");
    if (sid.isEmpty() && sub.isEmpty()) {
      throw new InvalidLogoutToken("names neither sid nor sub");
    }
    return new LogoutToken(sid, sub);
  }

  private static boolean signatureValid(String javaAlgorithm, PublicKey key, String[] parts)
      throws InvalidLogoutToken {
    try {
      Signature signature = Signature.getInstance(javaAlgorithm);
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new InvalidLogoutToken("signature cannot be checked: " + e.getMessage());
    }
  }

  private boolean audienceContainsClient(JsonValue audience) {
    if (audience instanceof JsonString single) {
      return clientId.equals(single.getString());
    }
    if (audience instanceof jakarta.json.JsonArray many) {
      return many.stream()
          .anyMatch(v -> v instanceof JsonString s && clientId.equals(s.getString()));
    }
    return false;
  }

  private static Optional<Instant> epochSeconds(JsonObject claims, String name) {
    return claims.get(name) instanceof jakarta.json.JsonNumber number
        ? Optional.of(Instant.ofEpochSecond(number.longValue()))
        : Optional.empty();
  }

  private static Optional<String> string(JsonObject claims, String name) {
    return claims.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString())
        : Optional.empty();
  }

  private static InvalidLogoutToken missing(String claim) {
    return new InvalidLogoutToken("no " + claim);
  }

  private static JsonObject json(String part, String what) throws InvalidLogoutToken {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new InvalidLogoutToken("the " + what + " is not a JSON object");
    }
  }
}
