package io.skillspassport.sharing.boundary;

/**
 * Refuses a share that lost a race: another request of the same candidate shared with the same
 * organisation at the same moment, and the database keeps one current share per candidate and
 * organisation. Nothing was written; the share that won is in the candidate's list.
 */
public class SharedElsewhere extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public SharedElsewhere(String organisationName) {
    super(
        "Your passport was shared with "
            + organisationName
            + " from another window at the same moment; that share is kept and listed below.");
  }
}
