package io.skillspassport.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in is the portal's own OpenID Connect mechanism ({@link
 * PortalAuthentication}): realm roles arrive in the top-level {@code groups} claim and become the
 * portal's roles of the same name. After sign-in each person goes to their home page ({@link
 * SignInCallback}).
 */
@DeclareRoles({"candidate", "employer", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
