/**
 * The offline credential tool, {@code skills-passport-verify.jar}: verifies a passport credential
 * with nothing but the issuer's JWKS (and optionally a saved status list), and rotates an issuer
 * key set file. It runs the same verifier as the portal's {@code /verify} page.
 */
package io.skillspassport.verify;
