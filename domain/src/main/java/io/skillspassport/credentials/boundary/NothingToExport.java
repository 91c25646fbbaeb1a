package io.skillspassport.credentials.boundary;

/** The candidate has no current result, so there is nothing a credential could state. */
public class NothingToExport extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NothingToExport() {
    super("Your passport has no current result yet, so there is nothing to export.");
  }
}
