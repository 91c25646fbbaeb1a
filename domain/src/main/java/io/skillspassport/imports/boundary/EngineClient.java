package io.skillspassport.imports.boundary;

import java.util.Objects;

/**
 * An engine as the API caller: the Keycloak client id of an access token that the web tier has
 * verified (signature against the issuer's keys, issuer, audience, expiry, the engine role). The
 * boundary then requires a registered engine of that client.
 *
 * @param clientId the token's {@code azp} (client credentials: the client that asked for it)
 */
public record EngineClient(String clientId) {

  public EngineClient {
    Objects.requireNonNull(clientId, "clientId");
  }
}
