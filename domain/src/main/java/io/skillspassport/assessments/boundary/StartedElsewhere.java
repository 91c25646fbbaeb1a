package io.skillspassport.assessments.boundary;

/**
 * Refuses a start that lost a race: another request of the same candidate (a second tab, a double
 * click) started the same family's sample at the same moment, and the database keeps one attempt in
 * progress per candidate and family. Nothing was written; starting again resumes the attempt that
 * won.
 */
public class StartedElsewhere extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public StartedElsewhere(String familyName) {
    super(
        "You started the "
            + familyName
            + " sample in another window at the same moment; that attempt is kept, and opening"
            + " the sample again continues it.");
  }
}
