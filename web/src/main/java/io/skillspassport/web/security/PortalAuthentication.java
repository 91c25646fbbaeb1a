package io.skillspassport.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The portal's authentication mechanism: Soteria's OpenID Connect mechanism (configured by {@link
 * SecurityConfiguration}) for the sign-in, token refresh and sign-out, plus the caller's groups
 * established from the session's validated tokens on every request, and the session registered for
 * back-channel logout ({@link SignedInSessions}).
 *
 * <p>Why the groups are set here (issue 14, item 1b). After sign-in, Soteria's mechanism
 * re-establishes the caller on each request with a {@code CallerPrincipalCallback} carrying only
 * {@code request.getUserPrincipal()}, the application's principal, and relies on Payara to find the
 * container principal holding the groups. Payara's realm adapter hands that container principal to
 * its callback handler through {@code SecurityContext.getCurrent().setAdditionalPrincipal(…)}; on a
 * request thread with no security context of its own, {@code getCurrent()} returns the one static
 * default context that every such thread shares. Concurrent requests overwrite (and, when they end,
 * clear) that field between another request's write and read; the handler then finds no principal
 * of the same identity, falls back to the groups of the container's own realm, which knows no
 * Keycloak user, and the request runs with the right name but without roles: 403 on the caller's
 * own page (payara/Payara#6145). The name is never wrong, because the handler matches the principal
 * by identity; only the groups are lost. Handing the groups over explicitly with a {@code
 * GroupPrincipalCallback} makes the container's role decision independent of that shared field. The
 * groups come from the access token Soteria validated at sign-in or at the last refresh (the {@code
 * groups} claim, as {@link SecurityConfiguration} declares), so a role change in Keycloak reaches
 * the portal with the next refresh.
 *
 * <p>In a cluster ({@code cluster.sh}) the session may arrive on an instance without Soteria's
 * OpenID state, which cannot be serialized; there the caller and the groups are established from
 * the portal's own {@link SignedInCaller}, written here on every successful request where it
 * changed ({@link SignedInCaller} says why and for how long).
 *
 * <p>An enabled alternative with a priority wins the resolution of {@code
 * HttpAuthenticationMechanism} that Soteria's bridge performs per request; Soteria's own mechanism
 * stays a bean and is called as the delegate.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  @Inject BeanManager beans;

  @Inject Clock clock;

  @Inject SessionTokens tokens;

  @Inject SignedInSessions sessions;

  private volatile HttpAuthenticationMechanism openId;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    try {
      // Before Soteria reads its first parameter, which would parse an oversized body.
      RequestBodies.screen(request);
    } catch (IOException e) {
      throw new AuthenticationException("the request body could not be read", e);
    }
    HttpSession session = request.getSession(false);
    Optional<SignedInCaller> kept = Optional.ofNullable(session).flatMap(SignedInCaller::of);
    if (kept.isPresent() && !tokens.present()) {
      // The session came from another clustered instance without Soteria's OpenID state (which is
      // not serializable): the caller and the groups come from the portal's own record.
      if (kept.get().validAt(Instant.now(clock))) {
        SignedInCaller caller = kept.get();
        sessions.register(caller.claim("sid"), caller.claim("sub"), session);
        return context.notifyContainerAboutLogin(caller.username(), Set.copyOf(caller.groups()));
      }
      // Expired, and Soteria has nothing to refresh it with here (its state stayed on the other
      // instance): a fresh sign-in through Keycloak, silent while Keycloak's session lasts.
      session.invalidate();
      return context.redirect(request.getContextPath() + "/login");
    }
    boolean signedInBefore = request.getUserPrincipal() != null;
    AuthenticationStatus status =
        openId().validateRequest(RequestBodies.readable(request), response, context);
    if (status == AuthenticationStatus.SUCCESS && signedInBefore) {
      // Exactly the token's groups: first remove any the container copied from the principal it
      // registered at sign-in (a role removed in Keycloak since then must not linger), then add.
      Subject subject = context.getClientSubject();
      handle(context, new GroupPrincipalCallback(subject, null));
      Set<String> groups = tokens.groups();
      if (!groups.isEmpty()) {
        handle(context, new GroupPrincipalCallback(subject, toArray(groups)));
      }
    }
    if (status == AuthenticationStatus.SUCCESS) {
      sessions.register(tokens.sessionId(), tokens.subject(), request.getSession());
      keep(request.getSession());
    } else if (session != null && !tokens.present()) {
      forget(session); // a refused refresh or a sign-out: nothing may bring the caller back
    }
    return status;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return openId().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    openId().cleanSubject(request, response, context);
  }

  /** Keeps the caller as a {@link SignedInCaller}; rewritten only when it changed. */
  private void keep(HttpSession session) {
    tokens
        .snapshot()
        .filter(caller -> !SignedInCaller.of(session).filter(caller::equals).isPresent())
        .ifPresent(caller -> session.setAttribute(SignedInCaller.ATTRIBUTE, caller));
  }

  private static void forget(HttpSession session) {
    try {
      session.removeAttribute(SignedInCaller.ATTRIBUTE);
    } catch (IllegalStateException invalidated) {
      // nothing to forget
    }
  }

  private static String[] toArray(Set<String> groups) {
    return groups.toArray(String[]::new);
  }

  private static void handle(HttpMessageContext context, Callback callback)
      throws AuthenticationException {
    try {
      context.getHandler().handle(new Callback[] {callback});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException("the container refused the caller's groups", e);
    }
  }

  /** Soteria's mechanism: the other bean of type {@code HttpAuthenticationMechanism}. */
  private HttpAuthenticationMechanism openId() {
    HttpAuthenticationMechanism delegate = openId;
    if (delegate == null) {
      Bean<?> bean =
          beans.getBeans(HttpAuthenticationMechanism.class).stream()
              .filter(b -> !b.getTypes().contains(PortalAuthentication.class))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no OpenID Connect mechanism: @OpenIdAuthenticationMechanismDefinition"
                              + " is missing"));
      delegate =
          (HttpAuthenticationMechanism)
              beans.getReference(
                  bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
      openId = delegate;
    }
    return delegate;
  }
}
