/**
 * The portable passport on the web: the issuer's public documents (JWKS, did:web DID document,
 * JSON-LD context, status lists), the candidate's credential download and QR codes, and the public
 * verification page.
 */
package io.skillspassport.web.credentials;
