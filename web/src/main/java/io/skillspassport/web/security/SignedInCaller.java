package io.skillspassport.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person as a session attribute that survives the move of the session to another
 * clustered instance: name, groups (realm roles), the claims the portal shows or needs ({@code
 * name}, {@code organisation}, {@code sid}, {@code sub}), the raw ID token for sign-out, and the
 * expiry of the access token these came from.
 *
 * <p>Why the portal keeps its own copy. Soteria's session-scoped {@code OpenIdContextImpl} (Payara
 * 6.2025.10) holds {@code AccessTokenImpl}, {@code IdentityTokenImpl}, {@code RefreshTokenImpl} and
 * {@code OpenIdConfiguration}, none of which is {@code Serializable}: the OpenID state cannot cross
 * to another instance. This record can ({@code List.copyOf}/{@code Map.copyOf} are serializable).
 * {@link PortalAuthentication} writes it on the instance that holds Soteria's state and, on an
 * instance that has only this record, establishes the caller and the groups from it — the role
 * decision comes from the portal's own session, which also sidesteps payara/Payara#6342 (roles lost
 * when a request lands on another member).
 *
 * <p>It is honoured until {@link #validUntil()}, the access token's expiry, as Soteria's own state
 * would be before its next refresh (so a disabled account or a removed role takes effect within the
 * token's lifetime on every instance); after that the session ends and the person signs in again
 * through Keycloak ({@code /login}: with Keycloak's single sign-on, without typing a password), and
 * the new instance holds the OpenID state from then on.
 *
 * <p>Not yet verified end to end (2026-11-30): in Payara 6.2025.10 a session written with Soteria's
 * state fails to load on the other instance at all (WELD-001500, a Weld proxy of Soteria's {@code
 * AuthenticationController} in the partly serialized context), so this path is not reached; nginx
 * keeps each session on one instance. See the README's cluster section.
 */
public record SignedInCaller(
    String username,
    List<String> groups,
    Map<String, String> claims,
    String idToken,
    Instant validUntil)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The session attribute holding it. */
  static final String ATTRIBUTE = SignedInCaller.class.getName();

  public SignedInCaller {
    Objects.requireNonNull(username, "username");
    groups = List.copyOf(groups);
    claims = Map.copyOf(claims);
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /** The record kept on {@code session}, if any. */
  static Optional<SignedInCaller> of(HttpSession session) {
    try {
      return session.getAttribute(ATTRIBUTE) instanceof SignedInCaller caller
          ? Optional.of(caller)
          : Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /** Whether the tokens it was taken from were still valid at {@code now}. */
  boolean validAt(Instant now) {
    return now.isBefore(validUntil);
  }

  /** A claim it kept ({@code name}, {@code organisation}, {@code sid}, {@code sub}). */
  Optional<String> claim(String name) {
    return Optional.ofNullable(claims.get(name));
  }
}
