package io.skillspassport.web.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies an OAuth 2.0 bearer access token issued by the portal's Keycloak (RFC 9068 profile as
 * Keycloak issues it): a JWS signed with RSA (RS256, RS384 or RS512) by one of the issuer's
 * published keys ({@code kid}); {@code iss} is the configured issuer; {@code aud} names the API's
 * audience; {@code typ} is {@code Bearer} (so an ID or refresh token cannot pass for an access
 * token); {@code exp} is present and not passed, {@code nbf} and {@code iat} not in the future,
 * each with {@link #LEEWAY}; {@code azp} names the client. The result carries the client and its
 * realm roles ({@code realm_access.roles}) and all its claims. Anything else is refused with the
 * reason.
 *
 * <p>Two uses: the engines' API ({@link #AccessTokenVerifier(String, String, Function, Clock)}:
 * {@code aud} must name the API) and the portal's own sign-in ({@link #ofClient}: the token the
 * portal received for itself, whose {@code azp} must name the portal's client — Keycloak names the
 * requesting client in {@code azp}, not in {@code aud}, for a client's own tokens).
 *
 * <p>Why by hand, as {@link LogoutTokenVerifier}: the checks are these few and RSA verification is
 * in the JDK; the application then uses the same key cache ({@link IssuerKeys}) and the same code
 * path as the portal's other token check, without a second copy of a JOSE library.
 */
public final class AccessTokenVerifier {

  static final Duration LEEWAY = Duration.ofSeconds(30);

  private final String issuer;
  private final Optional<String> audience;
  private final Optional<String> client;
  private final Function<String, Optional<PublicKey>> keys;
  private final Clock clock;

  /**
   * @param keys the issuer's public key of a key id, fetched from its JWKS
   */
  public AccessTokenVerifier(
      String issuer, String audience, Function<String, Optional<PublicKey>> keys, Clock clock) {
    this(issuer, Optional.of(audience), Optional.empty(), keys, clock);
  }

  private AccessTokenVerifier(
      String issuer,
      Optional<String> audience,
      Optional<String> client,
      Function<String, Optional<PublicKey>> keys,
      Clock clock) {
    this.issuer = Objects.requireNonNull(issuer);
    this.audience = Objects.requireNonNull(audience);
    this.client = Objects.requireNonNull(client);
    this.keys = Objects.requireNonNull(keys);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * A verifier of the access tokens issued to the client {@code clientId} for itself (the portal's
   * sign-in): as above, but instead of an audience, {@code azp} must name that client.
   */
  public static AccessTokenVerifier ofClient(
      String issuer, String clientId, Function<String, Optional<PublicKey>> keys, Clock clock) {
    return new AccessTokenVerifier(
        issuer, Optional.empty(), Optional.of(Objects.requireNonNull(clientId)), keys, clock);
  }

  /**
   * A verified access token.
   *
   * @param clientId the client the token was issued to ({@code azp})
   * @param roles its realm roles
   * @param expires when it expires
   * @param claims all its claims, as signed
   */
  public record AccessToken(
      String clientId, Set<String> roles, Instant expires, JsonObject claims) {}

  /** A token that does not pass; the message says which check failed. */
  public static final class InvalidToken extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidToken(String message) {
      super(message);
    }
  }

  public AccessToken verify(String compact) throws InvalidToken {
    JsonObject claims;
    try {
      claims = SignedJwt.verifiedClaims(compact, keys);
    } catch (SignedJwt.Refused e) {
      throw new InvalidToken(e.getMessage());
    }
    if (!issuer.equals(SignedJwt.string(claims, "iss").orElse(""))) {
      throw new InvalidToken(
          "issuer " + SignedJwt.string(claims, "iss").orElse("(none)") + " is not ours");
    }
    if (audience.isPresent() && !SignedJwt.audienceContains(claims.get("aud"), audience.get())) {
      throw new InvalidToken("audience does not name " + audience.get());
    }
    if (!"Bearer".equals(SignedJwt.string(claims, "typ").orElse(""))) {
      throw new InvalidToken(
          "not an access token (typ " + SignedJwt.string(claims, "typ").orElse("none") + ")");
    }
    Instant now = clock.instant();
    Instant expires =
        SignedJwt.epochSeconds(claims, "exp").orElseThrow(() -> new InvalidToken("no exp"));
    if (!expires.plus(LEEWAY).isAfter(now)) {
      throw new InvalidToken("expired at " + expires);
    }
    for (String early : new String[] {"nbf", "iat"}) {
      Optional<Instant> at = SignedJwt.epochSeconds(claims, early);
      if (at.isPresent() && at.get().isAfter(now.plus(LEEWAY))) {
        throw new InvalidToken(early + " lies in the future: " + at.get());
      }
    }
    String azp =
        SignedJwt.string(claims, "azp").orElseThrow(() -> new InvalidToken("no azp (client)"));
    if (client.isPresent() && !client.get().equals(azp)) {
      throw new InvalidToken("issued to client " + azp + ", not to " + client.get());
    }
    return new AccessToken(azp, realmRoles(claims), expires, claims);
  }

  private static Set<String> realmRoles(JsonObject claims) {
    if (claims.get("realm_access") instanceof JsonObject access
        && access.get("roles") instanceof JsonArray roles) {
      return roles.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .collect(Collectors.toUnmodifiableSet());
    }
    return Set.of();
  }
}
