package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's sign-in: an OpenID Connect authorization-code flow with PKCE against Keycloak
 * (OpenID Connect Core 1.0 section 3.1, RFC 7636), and the caller and groups established from the
 * session's {@link SignedInCaller} on every request.
 *
 * <ol>
 *   <li><b>Start.</b> A visitor asks for a protected page (a role's pages, {@code /login}): a fresh
 *       {@link PendingSignIn} (state, nonce, PKCE verifier) goes into the session and the browser
 *       to the authorization endpoint with {@code response_type=code}, the S256 challenge and the
 *       redirect URI {@code PASSPORT_BASE_URL/callback} — the configured address ({@link
 *       PortalAddress}), never the request's {@code Host}.
 *   <li><b>Callback.</b> {@code /callback?code&state}: the state must be the session's pending one
 *       (else the sign-in starts again: a bookmarked, replayed or foreign callback); the code is
 *       exchanged with the verifier ({@link TokenEndpoint}); the ID token is checked ({@link
 *       IdTokenVerifier}: signature, issuer, audience/azp, expiry, nonce) and so is the access
 *       token ({@link AccessTokenVerifier#ofClient}: signature, issuer, azp, type, expiry). The
 *       session id changes (no session fixation) and the {@link SignedInCaller} is stored.
 *   <li><b>Every request.</b> The caller name ({@code preferred_username}) and the groups (the
 *       access token's {@code groups} claim) are handed to the container with {@code
 *       notifyContainerAboutLogin}, that is a {@code CallerPrincipalCallback} and a {@code
 *       GroupPrincipalCallback} made from the portal's own session. The container's role decision
 *       therefore never depends on state it keeps elsewhere: not on the shared default security
 *       context Payara reads for re-established principals (payara/Payara#6145, 403s under
 *       concurrent load), not on per-member state in a cluster (payara/Payara#6342).
 *   <li><b>Refresh.</b> When the access token expires within {@link #REFRESH_MARGIN}, the refresh
 *       token buys new tokens, checked as at sign-in (the refreshed ID token must name the same
 *       {@code sub}). The realm's access tokens live a minute, so a disabled account or a changed
 *       role takes effect within it. Keycloak refusing the refresh (session ended, account
 *       disabled) ends the portal session: a protected page asks for the sign-in again, a public
 *       page shows the visitor view.
 *   <li><b>Keycloak down.</b> Keycloak unreachable ends nothing ({@link IssuerStatus} says so, or a
 *       refresh fails to connect): a signed-in person goes on as signed in with the roles last
 *       verified, for at most {@link #OUTAGE_GRACE} after their access token expired (the realm's
 *       idle session limit, after which Keycloak itself would not have renewed it), and the refresh
 *       is tried again once Keycloak answers. A visitor who asks to sign in meanwhile gets the
 *       "sign-in unavailable" page (503, in the site's layout, {@code Retry-After}) instead of a
 *       redirect to an address that does not answer; so does a signed-in person on a protected page
 *       after the grace. What is given up, knowingly: during an outage a role removed or an account
 *       disabled in Keycloak takes effect only when Keycloak is back (no one can tell the portal),
 *       at most {@link #OUTAGE_GRACE} later.
 * </ol>
 *
 * <p>Why the portal's own mechanism rather than Soteria's {@code
 * OpenIdAuthenticationMechanismDefinition}: Soteria keeps its state in a session-scoped bean that
 * is not serializable, so a session could not move to another clustered instance (README,
 * "Cluster"). Here the session holds two small records of strings only.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(PortalAuthentication.class.getName());

  static final String CALLBACK = "/callback";

  static final String LOGIN = "/login";

  /** Refresh this long before the access token expires, so no request runs on an expired one. */
  static final Duration REFRESH_MARGIN = Duration.ofSeconds(10);

  /**
   * How long past its access token's expiry a signed-in session goes on while Keycloak cannot be
   * reached: the development realm's SSO idle timeout (1800 s), the longest Keycloak itself would
   * let an idle session be renewed.
   */
  static final Duration OUTAGE_GRACE = Duration.ofMinutes(30);

  /** How old an answer of {@link IssuerStatus} a sign-in start accepts. */
  static final Duration SIGN_IN_CHECK_AGE = Duration.ofSeconds(1);

  /** The page shown when nobody can sign in now (status 503). */
  static final String UNAVAILABLE_PAGE = "/WEB-INF/errors/503.xhtml";

  /** The scopes asked for: OpenID Connect, name, email. */
  static final String SCOPE = "openid profile email";

  @Inject OidcSettings oidc;

  @Inject PortalAddress address;

  @Inject ProviderMetadata provider;

  @Inject TokenEndpoint tokenEndpoint;

  @Inject IssuerKeys keys;

  @Inject Clock clock;

  @Inject SignedInSessions sessions;

  @Inject IssuerStatus issuer;

  /** Refreshes of one session run one at a time (by session id, striped). */
  private final Object[] refreshLocks = newLocks(64);

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    // The mechanism answers some requests itself (redirects) before any filter runs.
    SecurityHeaders.apply(request, response);
    try {
      // Before the first parameter read, which would parse an oversized body.
      RequestBodies.screen(request);
    } catch (IOException e) {
      throw new AuthenticationException("the request body could not be read", e);
    }
    HttpServletRequest readable = RequestBodies.readable(request);
    if (CALLBACK.equals(request.getServletPath()) && readable.getParameter("state") != null) {
      return callback(readable, response, context);
    }
    HttpSession session = request.getSession(false);
    Optional<SignedInCaller> kept = Optional.ofNullable(session).flatMap(SignedInCaller::of);
    if (kept.isPresent()) {
      Current current = current(session, kept.get());
      if (current.caller().isPresent()) {
        return signedIn(context, session, current.caller().get());
      }
      if (current.unreachable()) {
        if (context.isProtected()) {
          return signInUnavailable(response, context);
        }
        return context.doNothing();
      }
      invalidate(session);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return startSignIn(request, response, context);
  }

  private AuthenticationStatus startSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    String endpoint;
    if (!issuer.answers(SIGN_IN_CHECK_AGE)) {
      return signInUnavailable(response, context);
    }
    try {
      endpoint = provider.authorizationEndpoint();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak cannot be reached to sign in", e);
      issuer.forget();
      return signInUnavailable(response, context);
    }
    PendingSignIn pending = PendingSignIn.create();
    request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", oidc.getClientId());
    query.put("redirect_uri", address.getRedirectUri());
    query.put("scope", SCOPE);
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", pending.codeChallenge());
    query.put("code_challenge_method", "S256");
    StringBuilder url = new StringBuilder(endpoint).append(endpoint.contains("?") ? '&' : '?');
    query.forEach(
        (name, value) ->
            url.append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
    url.setLength(url.length() - 1);
    response.setHeader("Cache-Control", "no-store");
    return context.redirect(url.toString());
  }

  private AuthenticationStatus callback(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    response.setHeader("Cache-Control", "no-store");
    HttpSession session = request.getSession(false);
    Optional<PendingSignIn> pending = Optional.ofNullable(session).flatMap(PendingSignIn::take);
    if (pending.isEmpty() || !pending.get().matches(request.getParameter("state"))) {
      LOG.info("A sign-in callback matched no sign-in of this session; starting it again");
      return context.redirect(request.getContextPath() + LOGIN);
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      // Keycloak answered with an error (e.g. the person cancelled): back to the public pages.
      LOG.info(() -> "sign-in ended by Keycloak: " + request.getParameter("error"));
      return context.redirect(address.home());
    }
    TokenEndpoint.Answer answer;
    try {
      answer = tokenEndpoint.exchange(code, pending.get().codeVerifier(), address.getRedirectUri());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak cannot be reached to finish a sign-in", e);
      issuer.forget();
      return signInUnavailable(response, context);
    } catch (TokenEndpoint.Refused e) {
      throw new AuthenticationException("the sign-in code could not be exchanged", e);
    }
    SignedInCaller caller;
    try {
      JsonObject idClaims =
          idTokens()
              .verifyAtSignIn(
                  answer.idToken().orElseThrow(() -> new IdTokenVerifier.InvalidIdToken("none")),
                  pending.get().nonce());
      caller = callerOf(answer, answer.idToken().get(), idClaims);
    } catch (IdTokenVerifier.InvalidIdToken | AccessTokenVerifier.InvalidToken e) {
      throw new AuthenticationException("Keycloak's tokens did not pass: " + e.getMessage(), e);
    }
    request.changeSessionId();
    session.setAttribute(SignedInCaller.ATTRIBUTE, caller);
    return signedIn(context, session, caller);
  }

  /** The caller of this request: as kept, or refreshed; or why there is none. */
  private record Current(Optional<SignedInCaller> caller, boolean unreachable) {}

  private Current current(HttpSession session, SignedInCaller kept) {
    if (!kept.tokens().due(Instant.now(clock), REFRESH_MARGIN)) {
      return new Current(Optional.of(kept), false);
    }
    synchronized (refreshLocks[Math.floorMod(session.getId().hashCode(), refreshLocks.length)]) {
      // Another request of this session may have refreshed meanwhile.
      SignedInCaller latest = SignedInCaller.of(session).orElse(kept);
      if (!latest.tokens().due(Instant.now(clock), REFRESH_MARGIN)) {
        return new Current(Optional.of(latest), false);
      }
      Optional<String> refreshToken = latest.tokens().refresh();
      if (refreshToken.isEmpty()) {
        return new Current(Optional.empty(), false);
      }
      if (!issuer.answers()) {
        return duringOutage(latest);
      }
      try {
        TokenEndpoint.Answer answer = tokenEndpoint.refresh(refreshToken.get());
        String idToken = answer.idToken().orElse(latest.tokens().idToken());
        JsonObject idClaims = idTokens().verifyAtRefresh(idToken, latest.claim("sub").orElse(""));
        SignedInCaller refreshed = callerOf(answer, idToken, idClaims);
        session.setAttribute(SignedInCaller.ATTRIBUTE, refreshed);
        return new Current(Optional.of(refreshed), false);
      } catch (TokenEndpoint.Refused e) {
        LOG.info(() -> "sign-in of " + latest.username() + " ended: " + e.getMessage());
        return new Current(Optional.empty(), false);
      } catch (IdTokenVerifier.InvalidIdToken | AccessTokenVerifier.InvalidToken e) {
        LOG.warning(() -> "refreshed tokens of " + latest.username() + " refused: " + e);
        return new Current(Optional.empty(), false);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Keycloak cannot be reached to refresh a sign-in", e);
        issuer.forget();
        return duringOutage(latest);
      }
    }
  }

  /**
   * The session while Keycloak cannot be reached: still signed in as last verified within {@link
   * #OUTAGE_GRACE} after its access token expired, else unreachable (no caller).
   */
  private Current duringOutage(SignedInCaller latest) {
    if (Instant.now(clock).isBefore(latest.tokens().accessExpires().plus(OUTAGE_GRACE))) {
      return new Current(Optional.of(latest), false);
    }
    return new Current(Optional.empty(), true);
  }

  /**
   * The "sign-in unavailable" page, by a forward so it keeps the layout and the security headers
   * (set at the top of {@link #validateRequest}); 503 with {@code Retry-After}, never cached.
   */
  private static AuthenticationStatus signInUnavailable(
      HttpServletResponse response, HttpMessageContext context) {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "60");
    response.setHeader("Cache-Control", "no-store");
    return context.forward(UNAVAILABLE_PAGE);
  }

  /**
   * The signed-in person from verified tokens: name and groups from the access token (renewed at
   * every refresh), the ID token's claims as the fall-back.
   */
  private SignedInCaller callerOf(TokenEndpoint.Answer answer, String idToken, JsonObject idClaims)
      throws AccessTokenVerifier.InvalidToken {
    AccessTokenVerifier.AccessToken access =
        AccessTokenVerifier.ofClient(oidc.getIssuer(), oidc.getClientId(), keys::key, clock)
            .verify(answer.accessToken());
    JsonObject claims = access.claims();
    String username =
        SignedJwt.string(claims, "preferred_username")
            .or(() -> SignedJwt.string(idClaims, "preferred_username"))
            .orElseThrow(() -> new AccessTokenVerifier.InvalidToken("no preferred_username"));
    List<String> groups = strings(claims.get(SessionTokens.GROUPS));
    if (groups.isEmpty()) {
      groups = strings(idClaims.get(SessionTokens.GROUPS));
    }
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : SignedInCaller.KEPT_CLAIMS) {
      SignedJwt.string(claims, name)
          .or(() -> SignedJwt.string(idClaims, name))
          .ifPresent(value -> kept.put(name, value));
    }
    SignedJwt.string(idClaims, "sub").ifPresent(sub -> kept.put("sub", sub));
    SignedJwt.string(idClaims, "sid").ifPresent(sid -> kept.put("sid", sid));
    return new SignedInCaller(
        username,
        groups,
        kept,
        new SignedInCaller.Tokens(
            idToken, answer.accessToken(), answer.refreshToken().orElse(""), access.expires()));
  }

  private AuthenticationStatus signedIn(
      HttpMessageContext context, HttpSession session, SignedInCaller caller) {
    sessions.register(caller.claim("sid"), caller.claim("sub"), session);
    return context.notifyContainerAboutLogin(caller.username(), Set.copyOf(caller.groups()));
  }

  private IdTokenVerifier idTokens() {
    return new IdTokenVerifier(oidc.getIssuer(), oidc.getClientId(), keys::key, clock);
  }

  private static List<String> strings(jakarta.json.JsonValue value) {
    if (value instanceof JsonArray array) {
      Set<String> values = new LinkedHashSet<>();
      for (var item : array) {
        if (item instanceof JsonString s) {
          values.add(s.getString());
        }
      }
      return List.copyOf(values);
    }
    return List.of();
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      // signed out or timed out meanwhile
    }
  }

  private static Object[] newLocks(int count) {
    Object[] locks = new Object[count];
    for (int i = 0; i < count; i++) {
      locks[i] = new Object();
    }
    return locks;
  }
}
