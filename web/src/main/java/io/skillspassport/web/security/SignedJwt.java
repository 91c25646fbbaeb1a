package io.skillspassport.web.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The part every token check of the portal shares ({@link AccessTokenVerifier}, {@link
 * LogoutTokenVerifier}): a compact JWS whose header names an RSA algorithm (RS256, RS384 or RS512)
 * and one of the issuer's published keys ({@code kid}), and whose signature verifies with that key;
 * then typed reads of its claims. What a claim must say is each verifier's own business.
 */
final class SignedJwt {

  private static final Map<String, String> RSA_ALGORITHMS =
      Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

  /** A token that does not pass; the message says which check failed. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private SignedJwt() {}

  /**
   * The claims of a compact JWS whose signature the issuer's key verifies.
   *
   * @param keys the issuer's public key of a key id, fetched from its JWKS
   * @throws Refused if it is no compact JWS of JSON objects, the algorithm is not RSA, the key is
   *     not the issuer's, or the signature does not verify
   */
  static JsonObject verifiedClaims(String compact, Function<String, Optional<PublicKey>> keys)
      throws Refused {
    String[] parts = compact == null ? new String[0] : compact.split("\\.", -1);
    if (parts.length != 3) {
      throw new Refused("not a compact JWS (three parts)");
    }
    JsonObject header = json(parts[0], "header");
    JsonObject claims = json(parts[1], "claims");
    String algorithm = header.getString("alg", "");
    String javaAlgorithm = RSA_ALGORITHMS.get(algorithm);
    if (javaAlgorithm == null) {
      throw new Refused("algorithm " + algorithm + " is not accepted");
    }
    String kid = header.getString("kid", "");
    PublicKey key =
        keys.apply(kid).orElseThrow(() -> new Refused("key " + kid + " is not the issuer's"));
    if (!signatureValid(javaAlgorithm, key, parts)) {
      throw new Refused("signature does not verify");
    }
    return claims;
  }

  /** Whether {@code aud} (a string or an array of strings) names {@code expected}. */
  static boolean audienceContains(JsonValue aud, String expected) {
    if (aud instanceof JsonString single) {
      return expected.equals(single.getString());
    }
    if (aud instanceof JsonArray many) {
      return many.stream()
          .anyMatch(v -> v instanceof JsonString s && expected.equals(s.getString()));
    }
    return false;
  }

  /** A NumericDate claim (seconds since the epoch), if present as a number. */
  static Optional<Instant> epochSeconds(JsonObject claims, String name) {
    return claims.get(name) instanceof JsonNumber number
        ? Optional.of(Instant.ofEpochSecond(number.longValue()))
        : Optional.empty();
  }

  /** A string claim, if present and not blank. */
  static Optional<String> string(JsonObject claims, String name) {
    return claims.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString())
        : Optional.empty();
  }

  private static boolean signatureValid(String javaAlgorithm, PublicKey key, String[] parts)
      throws Refused {
    try {
      Signature signature = Signature.getInstance(javaAlgorithm);
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new Refused("signature cannot be checked: " + e.getMessage());
    }
  }

  private static JsonObject json(String part, String what) throws Refused {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Refused("the " + what + " is not a JSON object");
    }
  }
}
