package io.skillspassport.web.api;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.imports.boundary.EngineClient;
import io.skillspassport.web.security.AccessTokenVerifier;
import io.skillspassport.web.security.IssuerKeys;
import io.skillspassport.web.security.OidcSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The gate every API request passes, in this order, each refusal an RFC 9457 problem:
 *
 * <ol>
 *   <li><b>401</b> without a bearer token, or with one that {@link AccessTokenVerifier} refuses
 *       (signature against the issuer's JWKS, issuer, audience, type, expiry); the {@code
 *       WWW-Authenticate: Bearer} header says which (RFC 6750).
 *   <li><b>403</b> when the token's client lacks the engine role (audited as a failed access).
 *   <li><b>429</b> with {@code Retry-After} (whole seconds, rounded up) when the client has used up
 *       its rate ({@link RateLimiter}); checked before the body is read, so a flood costs nothing.
 *   <li><b>413</b> when the body is larger than the limit, by {@code Content-Length} or while
 *       reading; the body is otherwise read here once, so the resource gets it with its SHA-256
 *       (the idempotency fingerprint).
 * </ol>
 *
 * <p>Pre-matching, so an unknown path under {@code /api} is also refused without a token rather
 * than telling an anonymous caller which paths exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class EngineRequests implements ContainerRequestFilter {

  static final String CLIENT = EngineRequests.class.getName() + ".client";
  static final String BODY = EngineRequests.class.getName() + ".body";
  static final String BODY_SHA256 = EngineRequests.class.getName() + ".sha256";

  /** How much of an oversized body is read and dropped so the client receives the 413. */
  private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

  @Inject IssuerKeys issuerKeys;

  @Inject Clock clock;

  @Inject OidcSettings oidc;

  @Inject ApiSettings settings;

  @Inject AuditTrail audit;

  private AccessTokenVerifier verifier;
  private RateLimiter limiter;

  @PostConstruct
  void init() {
    verifier =
        new AccessTokenVerifier(oidc.getIssuer(), settings.audience(), issuerKeys::key, clock);
    limiter = new RateLimiter(settings.rateLimit(), settings.rateWindow(), System::nanoTime);
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      request.abortWith(
          Problem.of(
                  "unauthenticated",
                  "Authentication required",
                  401,
                  "Send an access token of a registered engine: Authorization: Bearer <token>"
                      + " (Keycloak client credentials grant)")
              .response()
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"skills-passport-api\"")
              .build());
      return;
    }
    AccessTokenVerifier.AccessToken token;
    try {
      token = verifier.verify(authorization.substring(7).strip());
    } catch (AccessTokenVerifier.InvalidToken invalid) {
      request.abortWith(
          Problem.of(
                  "invalid-token",
                  "Invalid access token",
                  401,
                  "The access token was refused: " + invalid.getMessage())
              .response()
              .header(
                  HttpHeaders.WWW_AUTHENTICATE,
                  "Bearer realm=\"skills-passport-api\", error=\"invalid_token\"")
              .build());
      return;
    }
    if (!token.roles().contains(settings.role())) {
      audit.recordDenied(
          "api " + request.getMethod() + " " + request.getUriInfo().getPath(),
          "client " + token.clientId() + " lacks the role " + settings.role());
      request.abortWith(
          Problem.of(
                  "forbidden",
                  "Not an assessment engine",
                  403,
                  "The client '"
                      + token.clientId()
                      + "' does not have the realm role '"
                      + settings.role()
                      + "'")
              .response()
              .header(
                  HttpHeaders.WWW_AUTHENTICATE,
                  "Bearer realm=\"skills-passport-api\", error=\"insufficient_scope\"")
              .build());
      return;
    }
    Duration wait = limiter.acquire(token.clientId());
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      request.abortWith(
          Problem.of(
                  "rate-limited",
                  "Too many requests",
                  429,
                  "The client '"
                      + token.clientId()
                      + "' may send "
                      + settings.rateLimit()
                      + " requests per "
                      + settings.rateWindow().toSeconds()
                      + " s; retry in "
                      + seconds
                      + " s")
              .response()
              .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
              .build());
      return;
    }
    request.setProperty(CLIENT, new EngineClient(token.clientId()));
    if (request.hasEntity() || request.getLength() > 0) {
      readBody(request);
    }
  }

  private void readBody(ContainerRequestContext request) throws IOException {
    int max = settings.maxBodyBytes();
    byte[] body;
    boolean tooLarge = request.getLength() > max;
    try (InputStream in = request.getEntityStream()) {
      if (tooLarge) {
        body = new byte[0];
        drain(in);
      } else {
        body = in.readNBytes(max + 1);
        if (body.length > max) {
          tooLarge = true;
          drain(in);
        }
      }
    }
    if (tooLarge) {
      request.abortWith(
          Problem.of(
                  "payload-too-large",
                  "Request body too large",
                  413,
                  "A request body has at most " + max + " bytes")
              .response()
              .build());
      return;
    }
    request.setProperty(BODY, body);
    request.setProperty(BODY_SHA256, sha256(body));
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = DRAIN_LIMIT;
    int read;
    while (left > 0 && (read = in.read(buffer)) != -1) {
      left -= read;
    }
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
