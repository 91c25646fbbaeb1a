package io.skillspassport.audit.boundary;

/** What an audit entry records. */
public enum AuditAction {
  /** A role's draft content was edited. */
  CONTENT_CHANGED,
  /** A role version was published. */
  CONTENT_PUBLISHED,
  /** An employer opened a candidate's passport. */
  PASSPORT_VIEWED,
  /** A caller was refused: wrong role, or someone else's record. */
  ACCESS_DENIED,
  /** Organisations and their members were changed. */
  ORGANISATION_CHANGED,
  /** An assessment item bank was changed. */
  ITEM_BANK_CHANGED,
  /** A rubric of a hiring-loop exercise got a new version (the portal's or a bundle's own). */
  RUBRIC_CHANGED,
  /** An interviewer rated (or revised a rating of) a candidate in a hiring-loop exercise. */
  EXERCISE_RATED,
  /** A candidate exported their passport as a signed credential. */
  CREDENTIAL_EXPORTED,
  /** An exported credential was revoked. */
  CREDENTIAL_REVOKED,
  /** An employer released the interviewers' notes of an exercise to the candidate rated. */
  EXERCISE_NOTES_RELEASED,
  ENGINE_CHANGED,
  RESULT_IMPORTED,
  IMPORT_DECIDED,
  RESULT_WITHDRAWN,
  /** An employer invited a person to share their passport for a bundle. */
  INVITATION_CREATED,
  /** A candidate accepted an invitation and shared their passport with the organisation. */
  INVITATION_ACCEPTED,
  /** An employer revoked an invitation that was still open. */
  INVITATION_REVOKED
}
