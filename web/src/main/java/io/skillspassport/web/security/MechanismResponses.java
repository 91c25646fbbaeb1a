package io.skillspassport.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps the OpenID Connect mechanism, which answers some requests itself before any filter runs.
 *
 * <ul>
 *   <li>Its redirects to Keycloak and back carry the security headers and {@code no-store} too:
 *       {@link SecurityHeaders} as a filter never sees them.
 *   <li>A return to {@code /callback} the mechanism cannot match to a sign-in it started (no
 *       session, an expired or foreign {@code state}: a bookmarked or replayed callback, a second
 *       tab) makes Soteria throw, which the container answers with an empty 500. Such a callback
 *       starts the sign-in again instead ({@code /login}); anything else still fails loudly.
 * </ul>
 *
 * <p>A decorator rather than a mechanism of our own: the portal keeps exactly one mechanism (the
 * one {@link SecurityConfiguration} defines) and only adds behaviour around it. Enabled for the
 * whole application by its {@code @Priority}, so it also applies to Soteria's mechanism bean.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class MechanismResponses implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(MechanismResponses.class.getName());

  static final String CALLBACK = "/callback";

  static final String LOGIN = "/login";

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    SecurityHeaders.apply(request, response);
    try {
      return mechanism.validateRequest(request, response, context);
    } catch (RuntimeException unmatchedCallback) {
      if (!CALLBACK.equals(request.getServletPath())) {
        throw unmatchedCallback;
      }
      LOG.log(
          Level.INFO,
          "A sign-in callback matched no sign-in of this session; starting the sign-in again: {0}",
          unmatchedCallback.toString());
      response.setHeader("Cache-Control", "no-store");
      return context.redirect(request.getContextPath() + LOGIN);
    }
  }
}
