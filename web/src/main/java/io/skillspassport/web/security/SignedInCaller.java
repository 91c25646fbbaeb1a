package io.skillspassport.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person: the only sign-in state in the HTTP session, written by {@link
 * PortalAuthentication} at sign-in and at every token refresh. Name ({@code preferred_username}),
 * groups (realm roles, the {@code groups} claim), the claims pages show or back-channel logout
 * needs ({@code name}, {@code organisation}, {@code sid}, {@code sub}), and the {@link Tokens} as
 * Keycloak issued them.
 *
 * <p>Why a record of strings. In a cluster ({@code cluster.sh}) the session moves to another
 * instance through the data grid, serialized. Soteria's OpenID state, which the portal used before,
 * is not serializable ({@code OpenIdContextImpl} and its tokens), and the partly written session
 * held a Weld proxy that failed to load on the other instance (WELD-001500): the session was lost
 * with its instance. This record is serializable ({@code List.copyOf}/{@code Map.copyOf}, {@code
 * String}, {@code Instant}), so any instance can take over the session, refresh its tokens and
 * decide its roles from it — which also keeps the role decision in the portal's own session rather
 * than in the container's per-member state (payara/Payara#6342).
 */
public record SignedInCaller(
    String username, List<String> groups, Map<String, String> claims, Tokens tokens)
    implements Serializable {

  @Serial private static final long serialVersionUID = 2L;

  /** The session attribute holding it. */
  static final String ATTRIBUTE = SignedInCaller.class.getName();

  /** The claims kept: what pages show and what back-channel logout and refresh need. */
  static final List<String> KEPT_CLAIMS = List.of("name", "organisation", "sid", "sub");

  public SignedInCaller {
    Objects.requireNonNull(username, "username");
    groups = List.copyOf(groups);
    claims = Map.copyOf(claims);
    Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * The tokens of the sign-in, as compact strings: the ID token (the hint for RP-initiated logout),
   * the access token and its expiry, the refresh token ({@code ""} if Keycloak issued none: the
   * session then ends when the access token expires — a string rather than an {@code Optional},
   * which is not serializable).
   */
  public record Tokens(
      String idToken, String accessToken, String refreshToken, Instant accessExpires)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    public Tokens {
      Objects.requireNonNull(idToken, "idToken");
      Objects.requireNonNull(accessToken, "accessToken");
      Objects.requireNonNull(refreshToken, "refreshToken");
      Objects.requireNonNull(accessExpires, "accessExpires");
    }

    /** The refresh token, if Keycloak issued one. */
    Optional<String> refresh() {
      return Optional.of(refreshToken).filter(t -> !t.isEmpty());
    }

    /** Whether the access token must be renewed first: it expires within {@code margin}. */
    boolean due(Instant now, Duration margin) {
      return !now.plus(margin).isBefore(accessExpires);
    }
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

  /** A claim it kept ({@code name}, {@code organisation}, {@code sid}, {@code sub}). */
  Optional<String> claim(String name) {
    return Optional.ofNullable(claims.get(name));
  }
}
