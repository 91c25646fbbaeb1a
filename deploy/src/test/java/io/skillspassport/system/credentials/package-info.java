/**
 * System tests of the portable passport: export, public verification without sign-in, the offline
 * verifier agreeing with the page, revocation.
 */
package io.skillspassport.system.credentials;
