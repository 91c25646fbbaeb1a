/**
 * The portable passport: a candidate's current results exported as a signed Open Badges 3.0
 * AchievementCredential (a W3C Verifiable Credential secured as a VC-JWT with EdDSA), its
 * revocation through a Bitstring Status List, the issuer's public documents (JWKS, did:web DID
 * document, JSON-LD context, status lists) and one verifier used by the public page and the offline
 * command-line tool alike.
 */
package io.skillspassport.credentials.boundary;
