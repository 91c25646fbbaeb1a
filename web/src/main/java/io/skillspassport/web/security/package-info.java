/**
 * Sign-in and response hardening: the OpenID Connect mechanism and the groups it establishes on
 * every request, the public address every absolute URL comes from, back-channel logout, sign-out,
 * the production start-up check, security headers and refusal audit.
 */
package io.skillspassport.web.security;
