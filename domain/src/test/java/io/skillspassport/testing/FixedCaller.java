package io.skillspassport.testing;

import io.skillspassport.platform.boundary.Caller;
import java.util.Optional;
import java.util.Set;

/**
 * One signed-in person for boundary tests outside a container, and an audit trail that checks roles
 * as the real one does without writing anything. Immutable, so parallel threads may share it.
 */
public record FixedCaller(String username, String organisationSlug, Set<String> roles)
    implements Caller {

  public static FixedCaller candidate(String username) {
    return new FixedCaller(username, null, Set.of(Caller.CANDIDATE));
  }

  public static FixedCaller employer(String username, String organisation) {
    return new FixedCaller(username, organisation, Set.of(Caller.EMPLOYER));
  }

  @Override
  public boolean isSignedIn() {
    return true;
  }

  @Override
  public String displayName() {
    return username;
  }

  @Override
  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  @Override
  public Optional<String> organisation() {
    return Optional.ofNullable(organisationSlug);
  }
}
