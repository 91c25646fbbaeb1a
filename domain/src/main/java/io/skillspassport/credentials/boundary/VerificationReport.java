package io.skillspassport.credentials.boundary;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one credential and every reason for it.
 *
 * @param outcome valid, invalid, revoked, or malformed input
 * @param findings why it is not valid (empty when valid); a revoked credential has one STATUS
 *     finding
 * @param credential what the credential says, when its signature verified
 * @param statusChecked whether its status list was consulted
 * @param changedFields for a credential whose signature fails but whose id the portal issued: the
 *     fields that differ from what was signed (the page only; offline there is no original)
 */
public record VerificationReport(
    Outcome outcome,
    List<Finding> findings,
    Optional<CredentialSummary> credential,
    boolean statusChecked,
    List<FieldChange> changedFields) {

  public VerificationReport {
    findings = List.copyOf(findings);
    changedFields = List.copyOf(changedFields);
  }

  /** The verdict. */
  public enum Outcome {
    /** Signed by the issuer, unaltered, within its dates, not revoked. */
    VALID,
    /** Fails a check: see the findings. */
    INVALID,
    /** Authentic, but its status bit is set. */
    REVOKED,
    /** Not a credential at all (not a compact JWS with a JSON payload). */
    MALFORMED
  }

  /** Which check a finding is about. */
  public enum Check {
    FORMAT,
    KEY,
    SIGNATURE,
    ISSUER,
    DATES,
    CONTENT,
    STATUS
  }

  /**
   * One reason.
   *
   * @param check the check that failed
   * @param detail a technical explanation, in English
   */
  public record Finding(Check check, String detail) {}

  /**
   * A field that differs from the credential the portal signed.
   *
   * @param path the field's JSON path, e.g. {@code credentialSubject.result[0].value}
   * @param signed its signed value (empty when the field was added)
   * @param presented the presented value (empty when the field was removed)
   */
  public record FieldChange(String path, String signed, String presented) {}

  /** This report with the fields that differ from the signed original. */
  public VerificationReport withChangedFields(List<FieldChange> changes) {
    return new VerificationReport(outcome, findings, credential, statusChecked, changes);
  }

  public boolean valid() {
    return outcome == Outcome.VALID;
  }
}
