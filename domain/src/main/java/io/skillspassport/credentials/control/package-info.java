/**
 * How credentials are made: the issuer's identity and keys, the credential and status list
 * documents, the bitstring codec, and the store of issued credentials.
 */
package io.skillspassport.credentials.control;
