package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the signed-in person's tokens, as Soteria validated them at sign-in or at the last refresh
 * and keeps them in the HTTP session ({@link OpenIdContext} is session scoped). The access token
 * comes first: it is renewed at every refresh (every minute with the development realm), so a role
 * or organisation changed in Keycloak shows within that time; the ID token and the user-info answer
 * are the fall-backs. On a clustered instance that received the session from another one, where
 * Soteria's state did not come along, the portal's own {@link SignedInCaller} answers.
 */
@ApplicationScoped
public class SessionTokens {

  /** The claim holding the realm roles (the realm's "realm roles as groups" mapper). */
  static final String GROUPS = "groups";

  /** The claims {@link SignedInCaller} keeps: what pages show and back-channel logout needs. */
  static final List<String> KEPT_CLAIMS = List.of("name", "organisation", "sid", "sub");

  @Inject OpenIdContext openId;

  @Inject Clock clock;

  @Inject HttpServletRequest request;

  /** Whether Soteria holds the OpenID tokens of this session on this instance. */
  public boolean present() {
    return guarded(() -> Optional.ofNullable(openId.getAccessToken())).isPresent();
  }

  /**
   * The signed-in person as a {@link SignedInCaller}, from Soteria's tokens; empty unless {@link
   * #present()} and the tokens name the caller.
   */
  Optional<SignedInCaller> snapshot() {
    Optional<String> username =
        fromAccessToken(c -> c.getStringClaim("preferred_username"))
            .flatMap(Function.identity())
            .or(
                () ->
                    fromIdToken(c -> c.getStringClaim("preferred_username"))
                        .flatMap(Function.identity()));
    Optional<String> idToken =
        guarded(() -> Optional.ofNullable(openId.getIdentityToken()).map(t -> t.getToken()));
    Optional<Instant> expiry =
        fromAccessToken(c -> c.getExpirationTime()).flatMap(Function.identity());
    if (username.isEmpty() || idToken.isEmpty() || expiry.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> claims = new HashMap<>();
    for (String name : KEPT_CLAIMS) {
      claimFromTokens(name).ifPresent(v -> claims.put(name, v));
    }
    return Optional.of(
        new SignedInCaller(
            username.get(), List.copyOf(groupsFromTokens()), claims, idToken.get(), expiry.get()));
  }

  /** The caller's groups (realm roles); empty when nobody is signed in on this session. */
  public Set<String> groups() {
    if (!present()) {
      return kept().map(k -> (Set<String>) new LinkedHashSet<>(k.groups())).orElseGet(Set::of);
    }
    return groupsFromTokens();
  }

  private Set<String> groupsFromTokens() {
    List<String> fromAccess = fromAccessToken(c -> c.getArrayStringClaim(GROUPS)).orElse(List.of());
    if (!fromAccess.isEmpty()) {
      return new LinkedHashSet<>(fromAccess);
    }
    return new LinkedHashSet<>(fromIdToken(c -> c.getArrayStringClaim(GROUPS)).orElse(List.of()));
  }

  /** A string claim, fresh from the access token if it carries it, else from the ID token. */
  public Optional<String> claim(String name) {
    if (!present()) {
      return kept().flatMap(k -> k.claim(name));
    }
    return claimFromTokens(name);
  }

  private Optional<String> claimFromTokens(String name) {
    return fromAccessToken(c -> c.getStringClaim(name))
        .flatMap(Function.identity())
        .or(() -> fromIdToken(c -> c.getStringClaim(name)).flatMap(Function.identity()))
        .or(() -> guarded(() -> openId.getClaims().getStringClaim(name)));
  }

  /** Keycloak's session id ({@code sid} of the ID token), which back-channel logout names. */
  public Optional<String> sessionId() {
    if (!present()) {
      return kept().flatMap(k -> k.claim("sid"));
    }
    return fromIdToken(c -> c.getStringClaim("sid")).flatMap(Function.identity());
  }

  /** The subject ({@code sub}): Keycloak's user id. */
  public Optional<String> subject() {
    if (!present()) {
      return kept().flatMap(k -> k.claim("sub"));
    }
    return guarded(() -> Optional.ofNullable(openId.getSubject()));
  }

  /** The raw ID token, for RP-initiated logout. */
  Optional<String> idToken() {
    if (!present()) {
      return kept().map(SignedInCaller::idToken);
    }
    return guarded(() -> Optional.ofNullable(openId.getIdentityToken()).map(t -> t.getToken()));
  }

  /** The {@link SignedInCaller} kept on this request's session, when it is still valid. */
  private Optional<SignedInCaller> kept() {
    try {
      HttpSession session = request.getSession(false);
      return Optional.ofNullable(session)
          .flatMap(SignedInCaller::of)
          .filter(k -> k.validAt(Instant.now(clock)));
    } catch (RuntimeException noRequest) {
      return Optional.empty();
    }
  }

  private <T> Optional<T> fromAccessToken(Function<JwtClaims, T> read) {
    return guarded(
        () ->
            Optional.ofNullable(openId.getAccessToken())
                .filter(t -> t.isJWT())
                .map(t -> read.apply(t.getJwtClaims())));
  }

  private <T> Optional<T> fromIdToken(Function<JwtClaims, T> read) {
    return guarded(
        () ->
            Optional.ofNullable(openId.getIdentityToken()).map(t -> read.apply(t.getJwtClaims())));
  }

  /** No OpenID session (a visitor, or a session being invalidated) reads as "no value". */
  private static <T> Optional<T> guarded(java.util.function.Supplier<Optional<T>> read) {
    try {
      return read.get();
    } catch (RuntimeException noOpenIdSession) {
      return Optional.empty();
    }
  }
}
