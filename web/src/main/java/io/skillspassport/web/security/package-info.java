/** Response hardening (security headers) and, with sign-in, the portal's security configuration. */
package io.skillspassport.web.security;
