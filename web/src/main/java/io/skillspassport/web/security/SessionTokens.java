package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the signed-in person's tokens, as Soteria validated them at sign-in or at the last refresh
 * and keeps them in the HTTP session ({@link OpenIdContext} is session scoped). The access token
 * comes first: it is renewed at every refresh (every minute with the development realm), so a role
 * or organisation changed in Keycloak shows within that time; the ID token and the user-info answer
 * are the fall-backs.
 */
@ApplicationScoped
public class SessionTokens {

  /** The claim holding the realm roles (the realm's "realm roles as groups" mapper). */
  static final String GROUPS = "groups";

  @Inject OpenIdContext openId;

  /** The caller's groups (realm roles); empty when nobody is signed in on this session. */
  public Set<String> groups() {
    List<String> fromAccess = fromAccessToken(c -> c.getArrayStringClaim(GROUPS)).orElse(List.of());
    if (!fromAccess.isEmpty()) {
      return new LinkedHashSet<>(fromAccess);
    }
    return new LinkedHashSet<>(fromIdToken(c -> c.getArrayStringClaim(GROUPS)).orElse(List.of()));
  }

  /** A string claim, fresh from the access token if it carries it, else from the ID token. */
  public Optional<String> claim(String name) {
    return fromAccessToken(c -> c.getStringClaim(name))
        .flatMap(Function.identity())
        .or(() -> fromIdToken(c -> c.getStringClaim(name)).flatMap(Function.identity()))
        .or(() -> guarded(() -> openId.getClaims().getStringClaim(name)));
  }

  /** Keycloak's session id ({@code sid} of the ID token), which back-channel logout names. */
  public Optional<String> sessionId() {
    return fromIdToken(c -> c.getStringClaim("sid")).flatMap(Function.identity());
  }

  /** The subject ({@code sub}): Keycloak's user id. */
  public Optional<String> subject() {
    return guarded(() -> Optional.ofNullable(openId.getSubject()));
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
