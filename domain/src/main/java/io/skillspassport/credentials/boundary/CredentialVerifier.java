package io.skillspassport.credentials.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.skillspassport.credentials.boundary.VerificationReport.Check;
import io.skillspassport.credentials.boundary.VerificationReport.Finding;
import io.skillspassport.credentials.boundary.VerificationReport.Outcome;
import io.skillspassport.credentials.control.CredentialDocument;
import io.skillspassport.credentials.control.Ed25519Keys;
import io.skillspassport.credentials.control.StatusBitstring;
import io.skillspassport.credentials.control.VcJwt;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a passport credential (a VC-JWT) with nothing but the issuer's public keys and,
 * optionally, its status list: the one verification code behind both the public {@code /verify}
 * page and the offline {@code skills-passport-verify.jar verify} command, so they cannot disagree.
 *
 * <p>The checks, in order, each adding a finding when it fails:
 *
 * <ol>
 *   <li>FORMAT — a compact JWS with a JSON payload; otherwise the input is {@link
 *       Outcome#MALFORMED} and nothing else is checked.
 *   <li>KEY — the header's {@code alg} is EdDSA (or Ed25519) and its {@code kid} names a key of the
 *       key set, either exactly or by the fragment of a DID URL.
 *   <li>SIGNATURE — the Ed25519 signature over header and payload verifies; any changed byte of the
 *       payload fails here.
 *   <li>CONTENT — the payload is an Open Badges 3.0 passport credential ({@link
 *       CredentialDocument#read}); {@code typ}, when present, is {@code vc+jwt}.
 *   <li>ISSUER — {@code issuer.id} is the DID the {@code kid} belongs to and, when the verifier is
 *       told whom to trust, that DID.
 *   <li>DATES — {@code validFrom} is not in the future and {@code validUntil} not in the past.
 *   <li>STATUS — the credential names a revocation entry; when its status list is at hand, the list
 *       is itself verified (signature, issuer, its {@code id} is the URL the credential names,
 *       purpose revocation) and the bit read: set means {@link Outcome#REVOKED}.
 * </ol>
 *
 * Without a status list the report says the status was not checked; the outcome can still be VALID,
 * as an offline verifier cannot know more.
 */
public final class CredentialVerifier {

  /** Looks up a status list credential (a VC-JWT) by the URL a credential names. */
  @FunctionalInterface
  public interface StatusLists {

    /** The list's VC-JWT, or empty when it cannot be had. */
    Optional<String> byUrl(String url);

    /** No status lists: the status is not checked. */
    static StatusLists none() {
      return url -> Optional.empty();
    }
  }

  private final JWKSet keys;
  private final Optional<String> trustedIssuer;
  private final StatusLists statusLists;
  private final Clock clock;

  private CredentialVerifier(
      JWKSet keys, Optional<String> trustedIssuer, StatusLists statusLists, Clock clock) {
    this.keys = Objects.requireNonNull(keys, "keys").toPublicJWKSet();
    this.trustedIssuer = Objects.requireNonNull(trustedIssuer, "trustedIssuer");
    this.statusLists = Objects.requireNonNull(statusLists, "statusLists");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A verifier.
   *
   * @param keys the issuer's public keys (private parts are ignored)
   * @param trustedIssuer the issuer DID to accept, or empty to accept the DID of whichever key
   *     verified
   * @param statusLists where status lists come from
   * @param clock the time the dates are checked against
   */
  public static CredentialVerifier of(
      JWKSet keys, Optional<String> trustedIssuer, StatusLists statusLists, Clock clock) {
    return new CredentialVerifier(keys, trustedIssuer, statusLists, clock);
  }

  /** Verifies one credential. */
  public VerificationReport verify(String token) {
    String compact = token == null ? "" : token.strip();
    JWSObject jws;
    Map<String, Object> payload;
    try {
      jws = JWSObject.parse(compact);
      payload = jws.getPayload().toJSONObject();
    } catch (ParseException e) {
      return malformed("not a compact JWS (three base64url parts): " + e.getMessage());
    }
    if (payload == null) {
      return malformed("the JWS payload is not a JSON object");
    }
    List<Finding> findings = new ArrayList<>();
    String kid = Objects.toString(jws.getHeader().getKeyID(), "");
    Optional<OctetKeyPair> key = key(jws, kid, findings);
    if (key.isPresent() && !signatureVerifies(jws, key.get())) {
      findings.add(
          new Finding(
              Check.SIGNATURE,
              "the signature does not match the content: the credential was changed after"
                  + " signing, or signed by another key"));
    }
    if (!findings.isEmpty()) {
      return new VerificationReport(Outcome.INVALID, findings, Optional.empty(), false, List.of());
    }
    if (jws.getHeader().getType() != null
        && !VcJwt.TYPE.equals(jws.getHeader().getType().getType())) {
      findings.add(
          new Finding(
              Check.CONTENT, "header typ is " + jws.getHeader().getType() + ", not vc+jwt"));
    }
    CredentialSummary summary;
    try {
      summary = CredentialDocument.read(payload);
    } catch (IllegalArgumentException e) {
      findings.add(new Finding(Check.CONTENT, e.getMessage()));
      return new VerificationReport(Outcome.INVALID, findings, Optional.empty(), false, List.of());
    }
    String keyDid = kid.contains("#") ? kid.substring(0, kid.indexOf('#')) : "";
    if (!keyDid.isEmpty() && !keyDid.equals(summary.issuer())) {
      findings.add(
          new Finding(
              Check.ISSUER,
              "issuer "
                  + summary.issuer()
                  + " is not the owner of key "
                  + kid
                  + " ("
                  + keyDid
                  + ")"));
    }
    trustedIssuer
        .filter(trusted -> !trusted.equals(summary.issuer()))
        .ifPresent(
            trusted ->
                findings.add(
                    new Finding(
                        Check.ISSUER,
                        "issued by " + summary.issuer() + ", not by " + trusted + " as expected")));
    Instant now = clock.instant();
    if (summary.validFrom().isAfter(now)) {
      findings.add(new Finding(Check.DATES, "not valid before " + summary.validFrom()));
    }
    summary
        .validUntil()
        .filter(until -> !until.isAfter(now))
        .ifPresent(until -> findings.add(new Finding(Check.DATES, "expired on " + until)));
    boolean statusChecked = false;
    boolean revoked = false;
    if (summary.status().isEmpty()) {
      findings.add(new Finding(Check.CONTENT, "credentialStatus is missing"));
    } else {
      StatusReference status = summary.status().get();
      Optional<String> list = statusLists.byUrl(status.listUrl());
      if (list.isPresent()) {
        statusChecked = true;
        try {
          revoked = bitIsSet(list.get(), status, summary.issuer());
        } catch (IllegalArgumentException e) {
          findings.add(new Finding(Check.STATUS, "the status list is unusable: " + e.getMessage()));
        }
      }
    }
    Outcome outcome;
    if (!findings.isEmpty()) {
      outcome = Outcome.INVALID;
    } else if (revoked) {
      outcome = Outcome.REVOKED;
      findings.add(
          new Finding(
              Check.STATUS,
              "revoked: bit "
                  + summary.status().get().index()
                  + " of "
                  + summary.status().get().listUrl()
                  + " is set"));
    } else {
      outcome = Outcome.VALID;
    }
    return new VerificationReport(
        outcome, findings, Optional.of(summary), statusChecked, List.of());
  }

  private boolean bitIsSet(String listToken, StatusReference status, String issuer) {
    if (!CredentialDocument.REVOCATION.equals(status.purpose())) {
      throw new IllegalArgumentException(
          "the credential's status purpose is " + status.purpose() + ", not revocation");
    }
    JWSObject jws;
    Map<String, Object> list;
    try {
      jws = JWSObject.parse(listToken.strip());
      list = jws.getPayload().toJSONObject();
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a compact JWS: " + e.getMessage(), e);
    }
    if (list == null) {
      throw new IllegalArgumentException("its payload is not a JSON object");
    }
    List<Finding> keyFindings = new ArrayList<>();
    String kid = Objects.toString(jws.getHeader().getKeyID(), "");
    Optional<OctetKeyPair> key = key(jws, kid, keyFindings);
    if (key.isEmpty()) {
      throw new IllegalArgumentException(keyFindings.get(0).detail());
    }
    if (!signatureVerifies(jws, key.get())) {
      throw new IllegalArgumentException("its signature does not verify");
    }
    Object listIssuer = list.get("issuer");
    String listIssuerId =
        listIssuer instanceof Map<?, ?> m
            ? Objects.toString(m.get("id"), "")
            : Objects.toString(listIssuer, "");
    if (!issuer.equals(listIssuerId)) {
      throw new IllegalArgumentException(
          "it was issued by " + listIssuerId + ", the credential by " + issuer);
    }
    if (!status.listUrl().equals(list.get("id"))) {
      throw new IllegalArgumentException(
          "it is list " + list.get("id") + ", the credential names " + status.listUrl());
    }
    if (!(list.get("type") instanceof List<?> types)
        || !types.contains("BitstringStatusListCredential")) {
      throw new IllegalArgumentException("it is not a BitstringStatusListCredential");
    }
    if (!(list.get("credentialSubject") instanceof Map<?, ?> subject)
        || !"BitstringStatusList".equals(subject.get("type"))
        || !CredentialDocument.REVOCATION.equals(subject.get("statusPurpose"))) {
      throw new IllegalArgumentException("its subject is not a revocation BitstringStatusList");
    }
    StatusBitstring bits =
        StatusBitstring.decode(Objects.toString(subject.get("encodedList"), null));
    return bits.isSet(status.index());
  }

  private Optional<OctetKeyPair> key(JWSObject jws, String kid, List<Finding> findings) {
    JWSAlgorithm alg = jws.getHeader().getAlgorithm();
    // By name: "Ed25519" (RFC 9864's fully specified name) is not a constant in every Nimbus.
    if (alg == null || !(alg.getName().equals("EdDSA") || alg.getName().equals("Ed25519"))) {
      findings.add(new Finding(Check.KEY, "alg " + alg + " is not accepted; EdDSA is required"));
      return Optional.empty();
    }
    if (kid.isEmpty()) {
      findings.add(new Finding(Check.KEY, "the header names no key (kid)"));
      return Optional.empty();
    }
    String fragment = kid.contains("#") ? kid.substring(kid.indexOf('#') + 1) : kid;
    for (JWK jwk : keys.getKeys()) {
      if ((kid.equals(jwk.getKeyID()) || fragment.equals(jwk.getKeyID()))
          && jwk instanceof OctetKeyPair okp
          && Curve.Ed25519.equals(okp.getCurve())) {
        return Optional.of(okp);
      }
    }
    findings.add(new Finding(Check.KEY, "key " + kid + " is not one of the issuer's keys"));
    return Optional.empty();
  }

  private static boolean signatureVerifies(JWSObject jws, OctetKeyPair key) {
    try {
      return jws.verify(Ed25519Keys.verifier(key.toPublicJWK()));
    } catch (JOSEException e) {
      return false;
    }
  }

  static VerificationReport malformed(String detail) {
    return new VerificationReport(
        Outcome.MALFORMED,
        List.of(new Finding(Check.FORMAT, detail)),
        Optional.empty(),
        false,
        List.of());
  }
}
