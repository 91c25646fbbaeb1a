package io.skillspassport.credentials.boundary;

import static io.skillspassport.credentials.control.CredentialFixtures.ISSUER;
import static io.skillspassport.credentials.control.CredentialFixtures.firstResult;
import static io.skillspassport.credentials.control.CredentialFixtures.signed;
import static io.skillspassport.credentials.control.CredentialFixtures.statusList;
import static io.skillspassport.credentials.control.CredentialFixtures.tampered;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import io.skillspassport.credentials.boundary.VerificationReport.Check;
import io.skillspassport.credentials.boundary.VerificationReport.Finding;
import io.skillspassport.credentials.boundary.VerificationReport.Outcome;
import io.skillspassport.credentials.control.IssuerIdentity;
import io.skillspassport.credentials.control.IssuerKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sign → verify → tamper → revoke → rotate, with real Ed25519 keys and the real documents; the
 * clock is fixed a month after issue so the dates are deterministic.
 */
class CredentialVerifierTest {

  private static final Clock A_MONTH_LATER =
      Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private final IssuerKeys keys = IssuerKeys.generate();

  private CredentialVerifier verifier(
      JWKSet published, CredentialVerifier.StatusLists lists, Clock clock) {
    return CredentialVerifier.of(published, Optional.of(ISSUER.did()), lists, clock);
  }

  private CredentialVerifier verifier(CredentialVerifier.StatusLists lists) {
    return verifier(keys.publicKeys(), lists, A_MONTH_LATER);
  }

  @Test
  void aSignedCredentialVerifiesAndSaysWhatItCarries() {
    String token = signed(keys, 0, 77);

    VerificationReport report =
        verifier(url -> Optional.of(statusList(keys, 0, 5, 78))).verify(token);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.VALID);
    assertThat(report.findings()).isEmpty();
    assertThat(report.statusChecked()).isTrue();
    CredentialSummary summary = report.credential().orElseThrow();
    assertThat(summary.issuer()).isEqualTo("did:web:localhost%3A8080");
    assertThat(summary.subjectName()).isEqualTo("Cara Candidate");
    assertThat(summary.families())
        .extracting(FamilyScoreLine::familyCode, FamilyScoreLine::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PYTHON_FUNDAMENTALS", 612),
            org.assertj.core.groups.Tuple.tuple("COMMUNICATION", 560));
    FamilyScoreLine communication = summary.families().get(1);
    assertThat(communication.sem()).isEqualTo(30.0);
    assertThat(communication.bandLow()).isEqualTo(501);
    assertThat(communication.bandHigh()).isEqualTo(619);
    assertThat(communication.bankVersion()).contains("3");
    assertThat(communication.calibrationStatus()).contains("PROVISIONAL");
    assertThat(summary.status().orElseThrow().index()).isEqualTo(77);
  }

  @Test
  void changingOneScoreBreaksTheSignature() {
    String forged = tampered(signed(keys, 0, 77), p -> firstResult(p).put("value", "712"));

    VerificationReport report = verifier(CredentialVerifier.StatusLists.none()).verify(forged);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.INVALID);
    assertThat(report.findings()).extracting(Finding::check).containsExactly(Check.SIGNATURE);
    assertThat(report.credential()).isEmpty();
  }

  @Test
  void aSetStatusBitMeansRevoked() {
    String token = signed(keys, 0, 77);

    VerificationReport report = verifier(url -> Optional.of(statusList(keys, 0, 77))).verify(token);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.REVOKED);
    assertThat(report.findings()).extracting(Finding::check).containsExactly(Check.STATUS);
    assertThat(report.credential()).isPresent();
  }

  @Test
  void aStatusListSignedByAStrangerIsRefused() {
    String token = signed(keys, 0, 77);
    IssuerKeys stranger = IssuerKeys.generate();

    VerificationReport report = verifier(url -> Optional.of(statusList(stranger, 0))).verify(token);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.INVALID);
    assertThat(report.findings()).extracting(Finding::check).containsExactly(Check.STATUS);
  }

  @Test
  void aCredentialSignedBeforeARotationStillVerifies() {
    String before = signed(keys, 0, 3);
    IssuerKeys rotated = keys.rotated();

    VerificationReport report =
        verifier(rotated.publicKeys(), CredentialVerifier.StatusLists.none(), A_MONTH_LATER)
            .verify(before);

    assertThat(rotated.signing().getKeyID()).isNotEqualTo(keys.signing().getKeyID());
    assertThat(rotated.publicKeys().getKeys()).hasSize(2);
    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.VALID);
    assertThat(report.statusChecked()).isFalse();
  }

  @Test
  void aKeyThatIsNotPublishedIsRefused() {
    String token = signed(IssuerKeys.generate(), 0, 3);

    VerificationReport report = verifier(CredentialVerifier.StatusLists.none()).verify(token);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.INVALID);
    assertThat(report.findings()).extracting(Finding::check).containsExactly(Check.KEY);
  }

  @Test
  void anotherIssuerIsRefusedEvenWithAValidSignature() {
    IssuerIdentity elsewhere = new IssuerIdentity("https://other.example");
    String token =
        io.skillspassport.credentials.control.VcJwt.sign(
            io.skillspassport.credentials.control.CredentialDocument.passport(
                elsewhere, io.skillspassport.credentials.control.CredentialFixtures.claims(0, 1)),
            keys,
            elsewhere);

    VerificationReport report = verifier(CredentialVerifier.StatusLists.none()).verify(token);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.INVALID);
    assertThat(report.findings()).extracting(Finding::check).containsExactly(Check.ISSUER);
  }

  @Test
  void anExpiredCredentialIsInvalidByItsDates() {
    String token = signed(keys, 0, 3);
    Clock afterExpiry = Clock.fixed(Instant.parse("2029-01-01T00:00:00Z"), ZoneOffset.UTC);

    VerificationReport report =
        verifier(keys.publicKeys(), CredentialVerifier.StatusLists.none(), afterExpiry)
            .verify(token);

    assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.INVALID);
    assertThat(report.findings()).extracting(Finding::check).containsExactly(Check.DATES);
  }

  @Test
  void somethingThatIsNotAJwsIsMalformed() {
    for (String input : List.of("", "hello", "a.b", "{\"id\":1}")) {
      assertThat(verifier(CredentialVerifier.StatusLists.none()).verify(input).outcome())
          .as(input)
          .isEqualTo(Outcome.MALFORMED);
    }
  }

  @Test
  void aSwappedAlgorithmIsRefused() {
    String token = signed(keys, 0, 3);
    String[] parts = token.split("\\.");
    String noneHeader = com.nimbusds.jose.util.Base64URL.encode("{\"alg\":\"none\"}").toString();

    VerificationReport report =
        verifier(CredentialVerifier.StatusLists.none())
            .verify(noneHeader + "." + parts[1] + "." + parts[2]);

    assertThat(report.outcome()).isIn(Outcome.INVALID, Outcome.MALFORMED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  void thePayloadIsTheCredentialWithTheStandardFields() throws Exception {
    Map<String, Object> payload =
        com.nimbusds.jose.JWSObject.parse(signed(keys, 2, 9)).getPayload().toJSONObject();

    assertThat(payload.get("@context"))
        .isEqualTo(
            List.of(
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "http://localhost:8080/credentials/v1/context.jsonld"));
    assertThat(payload.get("type"))
        .isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) payload.get("credentialStatus");
    assertThat(status)
        .containsEntry("type", "BitstringStatusListEntry")
        .containsEntry("statusPurpose", "revocation")
        .containsEntry("statusListIndex", "9")
        .containsEntry("statusListCredential", "http://localhost:8080/credentials/status/2");
    assertThat(firstResult(payload))
        .containsEntry("value", "612")
        .containsEntry(
            "resultDescription",
            "http://localhost:8080/credentials/v1/achievements/skills-passport#PYTHON_FUNDAMENTALS");
  }
}
