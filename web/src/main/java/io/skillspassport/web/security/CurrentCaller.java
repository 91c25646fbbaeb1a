package io.skillspassport.web.security;

import io.skillspassport.platform.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in person for this request, as boundaries ({@link Caller}) and pages ({@code
 * #{caller}}) see them. Name and organisation come from the validated tokens of the session ({@link
 * SessionTokens}): the access token first, renewed at every refresh, so an organisation changed in
 * Keycloak shows within its lifetime. Roles are the container's, which {@link PortalAuthentication}
 * establishes from the same session record on every request.
 */
@Named("caller")
@RequestScoped
public class CurrentCaller implements Caller {

  @Inject SecurityContext security;

  @Inject ProviderMetadata provider;

  @Inject SessionTokens tokens;

  @Override
  public boolean isSignedIn() {
    return principal().isPresent();
  }

  /** Same as {@link #isSignedIn()}, for EL. */
  public boolean getSignedIn() {
    return isSignedIn();
  }

  @Override
  public String username() {
    return principal().map(Principal::getName).orElse("anonymous");
  }

  @Override
  public String displayName() {
    if (!isSignedIn()) {
      return "";
    }
    return claim("name").filter(n -> !n.isBlank()).orElse(username());
  }

  /** Same as {@link #displayName()}, for EL. */
  public String getDisplayName() {
    return displayName();
  }

  @Override
  public boolean hasRole(String role) {
    return isSignedIn() && security.isCallerInRole(role);
  }

  @Override
  public Optional<String> organisation() {
    return isSignedIn() ? claim("organisation").filter(o -> !o.isBlank()) : Optional.empty();
  }

  /** The raw ID token, for RP-initiated logout. */
  Optional<String> idToken() {
    if (!isSignedIn()) {
      return Optional.empty();
    }
    return tokens.idToken();
  }

  /** Keycloak's end-session endpoint, from the provider metadata. */
  Optional<String> endSessionEndpoint() {
    return provider.endSessionEndpoint();
  }

  private Optional<Principal> principal() {
    return Optional.ofNullable(security.getCallerPrincipal());
  }

  private Optional<String> claim(String name) {
    return tokens.claim(name);
  }
}
