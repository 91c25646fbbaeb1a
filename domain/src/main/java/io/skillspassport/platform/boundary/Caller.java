package io.skillspassport.platform.boundary;

import java.util.Optional;

/**
 * Who is calling a boundary: the signed-in person as the identity provider vouches for them, or an
 * anonymous visitor. Boundaries check roles and ownership against it; the web tier produces it per
 * request from the OpenID Connect login.
 */
public interface Caller {

  /** The realm roles the portal knows. */
  String CANDIDATE = "candidate";

  String EMPLOYER = "employer";

  String ADMIN = "admin";

  /** Whether anyone is signed in. */
  boolean isSignedIn();

  /** The stable user name ({@code preferred_username}); "anonymous" for visitors. */
  String username();

  /** The name to greet the person with. */
  String displayName();

  boolean hasRole(String role);

  /** The employer organisation the person belongs to, for employers. */
  Optional<String> organisation();
}
