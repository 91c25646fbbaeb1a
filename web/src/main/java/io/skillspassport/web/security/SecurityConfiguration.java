package io.skillspassport.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in through OpenID Connect (Keycloak). Realm roles arrive in the top-level {@code groups}
 * claim and become the portal's roles of the same name; {@link PortalAuthentication} wraps this
 * mechanism so that they are established reliably on every request.
 *
 * <p>The redirect URI is the configured public address ({@link PortalAddress}), never the request's
 * host. Tokens are refreshed when they expire ({@code tokenAutoRefresh}): the realm's access tokens
 * live one minute, so a disabled account or a changed role takes effect within a minute — a refused
 * refresh ends the portal session and asks for a sign-in again.
 *
 * <p>{@code redirectToOriginalResource} stays false: restoring a saved Faces request after the
 * round trip fails in Soteria, so {@link SignInCallback} sends each person to their home page.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.issuer}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${oidcSettings.redirectUri}",
    tokenAutoRefresh = true,
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({"candidate", "employer", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
