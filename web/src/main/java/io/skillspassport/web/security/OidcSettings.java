package io.skillspassport.web.security;

import io.skillspassport.platform.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the portal signs people in. Defaults point at the local development Keycloak that the run
 * command starts; production sets {@code OIDC_ISSUER}, {@code OIDC_CLIENT_ID} and {@code
 * OIDC_CLIENT_SECRET} for its own Keycloak ({@link StartupCheck} refuses the development secret
 * there). The redirect URI is the configured public address plus {@code /callback}, never the
 * request's host ({@link PortalAddress}).
 */
@Named
@ApplicationScoped
public class OidcSettings {

  private final String issuer =
      Settings.get("oidc.issuer", "http://localhost:8180/realms/skills-passport");
  private final String clientId = Settings.get("oidc.client.id", "skills-passport-portal");
  private final String clientSecret =
      Settings.get("oidc.client.secret", DeploymentStage.DEVELOPMENT_CLIENT_SECRET);

  @Inject PortalAddress address;

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** The exact redirect URI registered at Keycloak: {@code PASSPORT_BASE_URL/callback}. */
  public String getRedirectUri() {
    return address.getRedirectUri();
  }
}
