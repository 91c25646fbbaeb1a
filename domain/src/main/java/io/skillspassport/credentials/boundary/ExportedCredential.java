package io.skillspassport.credentials.boundary;

/**
 * A credential as the candidate downloads it.
 *
 * @param entry its entry in the candidate's list
 * @param token the VC-JWT
 */
public record ExportedCredential(IssuedCredentialEntry entry, String token) {

  /** The download's file name. */
  public String fileName() {
    return "skills-passport-" + entry.shortCode() + ".jwt";
  }
}
