package io.skillspassport.credentials.boundary;

/**
 * A credential's {@code credentialStatus}: which bit of which Bitstring Status List says whether it
 * was revoked.
 *
 * @param listUrl the status list credential's URL
 * @param index the bit's index in that list
 * @param purpose the status purpose ("revocation")
 */
public record StatusReference(String listUrl, int index, String purpose) {}
