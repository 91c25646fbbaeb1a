package io.skillspassport.web.testing;

import io.skillspassport.platform.boundary.Caller;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.Set;

/**
 * Stands in for the OpenID Connect caller in in-container tests, which call boundaries without a
 * browser sign-in. Add it to the deployment; each test says who is calling with {@link #signIn} (or
 * {@link #signOut}) before it calls a boundary, so no test depends on another's caller.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestCaller implements Caller {

  private volatile String username;
  private volatile Set<String> roles = Set.of();
  private volatile String organisation;

  /** From now on, boundaries see {@code username} with {@code roles} in {@code organisation}. */
  public void signIn(String username, String organisation, String... roles) {
    this.username = username;
    this.organisation = organisation;
    this.roles = Set.of(roles);
  }

  public void signOut() {
    this.username = null;
    this.organisation = null;
    this.roles = Set.of();
  }

  @Override
  public boolean isSignedIn() {
    return username != null;
  }

  @Override
  public String username() {
    return username == null ? "anonymous" : username;
  }

  @Override
  public String displayName() {
    return username == null ? "" : username;
  }

  @Override
  public boolean hasRole(String role) {
    return isSignedIn() && roles.contains(role);
  }

  @Override
  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }
}
