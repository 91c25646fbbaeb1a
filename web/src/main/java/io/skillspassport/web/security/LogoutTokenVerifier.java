package io.skillspassport.web.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    JsonObject claims;
    try {
      claims = SignedJwt.verifiedClaims(compact, keys);
    } catch (SignedJwt.Refused e) {
      throw new InvalidLogoutToken(e.getMessage());
    }
    if (!issuer.equals(claims.getString("iss", ""))) {
      throw new InvalidLogoutToken("issuer " + claims.getString("iss", "(none)") + " is not ours");
    }
    if (!SignedJwt.audienceContains(claims.get("aud"), clientId)) {
      throw new InvalidLogoutToken("audience does not name " + clientId);
    }
    Instant now = clock.instant();
    Instant issuedAt = SignedJwt.epochSeconds(claims, "iat").orElseThrow(() -> missing("iat"));
    if (issuedAt.isAfter(now.plus(LEEWAY))) {
      throw new InvalidLogoutToken("issued in the future: " + issuedAt);
    }
    Optional<Instant> expires = SignedJwt.epochSeconds(claims, "exp");
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
    Optional<String> sid = SignedJwt.string(claims, "sid");
    Optional<String> sub = SignedJwt.string(claims, "sub");
    if (sid.isEmpty() && sub.isEmpty()) {
      throw new InvalidLogoutToken("names neither sid nor sub");
    }
    return new LogoutToken(sid, sub);
  }

  private static InvalidLogoutToken missing(String claim) {
    return new InvalidLogoutToken("no " + claim);
  }
}
