package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the signed-in person of this request's session: the {@link SignedInCaller} that {@link
 * PortalAuthentication} stored from Keycloak's verified tokens at sign-in and at the last refresh
 * (every minute with the development realm), so a role or organisation changed in Keycloak shows
 * within that time. Empty for a visitor.
 */
@ApplicationScoped
public class SessionTokens {

  /** The claim holding the realm roles (the realm's "realm roles as groups" mapper). */
  static final String GROUPS = "groups";

  @Inject HttpServletRequest request;

  /** The caller's groups (realm roles); empty when nobody is signed in on this session. */
  public Set<String> groups() {
    return caller().map(c -> (Set<String>) new LinkedHashSet<>(c.groups())).orElseGet(Set::of);
  }

  /** A kept string claim ({@code name}, {@code organisation}, {@code sid}, {@code sub}). */
  public Optional<String> claim(String name) {
    return caller().flatMap(c -> c.claim(name));
  }

  /** Keycloak's session id ({@code sid} of the ID token), which back-channel logout names. */
  public Optional<String> sessionId() {
    return claim("sid");
  }

  /** The subject ({@code sub}): Keycloak's user id. */
  public Optional<String> subject() {
    return claim("sub");
  }

  /** The raw ID token, for RP-initiated logout. */
  Optional<String> idToken() {
    return caller().map(c -> c.tokens().idToken());
  }

  private Optional<SignedInCaller> caller() {
    try {
      HttpSession session = request.getSession(false);
      return Optional.ofNullable(session).flatMap(SignedInCaller::of);
    } catch (RuntimeException noRequest) {
      return Optional.empty();
    }
  }
}
