package io.skillspassport.web.security;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies an OpenID Connect ID token as the portal receives it from Keycloak's token endpoint
 * (OpenID Connect Core 1.0, section 3.1.3.7): a JWS signed with RSA by one of the issuer's keys
 * ({@link SignedJwt}); {@code iss} is the configured issuer; {@code aud} names the portal's client
 * and, when present, so does {@code azp}; {@code typ}, when present, is {@code ID} (so an access or
 * refresh token cannot pass for an ID token); {@code exp} is not passed and {@code iat} not in the
 * future (each with {@link AccessTokenVerifier#LEEWAY}); {@code sub} is present; and the {@code
 * nonce} is the one the portal sent with this sign-in, compared in constant time — a token obtained
 * for another sign-in (a replayed or injected code) carries another nonce.
 *
 * <p>At a refresh there is no new nonce: the refreshed token's {@code sub} must then be the one the
 * session signed in with (section 12.2).
 */
final class IdTokenVerifier {

  private final String issuer;
  private final String clientId;
  private final Function<String, Optional<PublicKey>> keys;
  private final Clock clock;

  IdTokenVerifier(
      String issuer, String clientId, Function<String, Optional<PublicKey>> keys, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer);
    this.clientId = Objects.requireNonNull(clientId);
    this.keys = Objects.requireNonNull(keys);
    this.clock = Objects.requireNonNull(clock);
  }

  /** An ID token that does not pass; the message says which check failed. */
  static final class InvalidIdToken extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidIdToken(String message) {
      super(message);
    }
  }

  /** The claims of an ID token received at sign-in, whose {@code nonce} must be {@code nonce}. */
  JsonObject verifyAtSignIn(String compact, String nonce) throws InvalidIdToken {
    JsonObject claims = verify(compact);
    String sent = SignedJwt.string(claims, "nonce").orElse("");
    if (!MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidIdToken("nonce is not the one sent with this sign-in");
    }
    return claims;
  }

  /** The claims of an ID token received at a refresh, whose {@code sub} must be {@code subject}. */
  JsonObject verifyAtRefresh(String compact, String subject) throws InvalidIdToken {
    JsonObject claims = verify(compact);
    if (!subject.equals(SignedJwt.string(claims, "sub").orElse(""))) {
      throw new InvalidIdToken("subject differs from the signed-in one");
    }
    return claims;
  }

  private JsonObject verify(String compact) throws InvalidIdToken {
    JsonObject claims;
    try {
      claims = SignedJwt.verifiedClaims(compact, keys);
    } catch (SignedJwt.Refused e) {
      throw new InvalidIdToken(e.getMessage());
    }
    if (!issuer.equals(SignedJwt.string(claims, "iss").orElse(""))) {
      throw new InvalidIdToken(
          "issuer " + SignedJwt.string(claims, "iss").orElse("(none)") + " is not ours");
    }
    if (!SignedJwt.audienceContains(claims.get("aud"), clientId)) {
      throw new InvalidIdToken("audience does not name " + clientId);
    }
    Optional<String> azp = SignedJwt.string(claims, "azp");
    if (azp.isPresent() && !clientId.equals(azp.get())) {
      throw new InvalidIdToken("issued to client " + azp.get() + ", not to " + clientId);
    }
    Optional<String> typ = SignedJwt.string(claims, "typ");
    if (typ.isPresent() && !"ID".equals(typ.get())) {
      throw new InvalidIdToken("not an ID token (typ " + typ.get() + ")");
    }
    Instant now = clock.instant();
    Instant expires =
        SignedJwt.epochSeconds(claims, "exp").orElseThrow(() -> new InvalidIdToken("no exp"));
    if (!expires.plus(AccessTokenVerifier.LEEWAY).isAfter(now)) {
      throw new InvalidIdToken("expired at " + expires);
    }
    Optional<Instant> issued = SignedJwt.epochSeconds(claims, "iat");
    if (issued.isPresent() && issued.get().isAfter(now.plus(AccessTokenVerifier.LEEWAY))) {
      throw new InvalidIdToken("iat lies in the future: " + issued.get());
    }
    if (SignedJwt.string(claims, "sub").isEmpty()) {
      throw new InvalidIdToken("no sub");
    }
    return claims;
  }
}
