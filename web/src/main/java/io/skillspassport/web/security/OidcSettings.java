package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  @Inject
  @ConfigProperty(
      name = "oidc.issuer",
      defaultValue = "http://localhost:8180/realms/skills-passport")
  String issuer;

  @Inject
  @ConfigProperty(name = "oidc.client.id", defaultValue = "skills-passport-portal")
  String clientId;

  @Inject
  @ConfigProperty(
      name = "oidc.client.secret",
      defaultValue = DeploymentStage.DEVELOPMENT_CLIENT_SECRET)
  String clientSecret;

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
