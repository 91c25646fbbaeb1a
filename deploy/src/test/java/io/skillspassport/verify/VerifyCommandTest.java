package io.skillspassport.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import io.skillspassport.credentials.boundary.FamilyScoreLine;
import io.skillspassport.credentials.control.CredentialDocument;
import io.skillspassport.credentials.control.CredentialDocument.PassportClaims;
import io.skillspassport.credentials.control.IssuerIdentity;
import io.skillspassport.credentials.control.IssuerKeys;
import io.skillspassport.credentials.control.StatusBitstring;
import io.skillspassport.credentials.control.VcJwt;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline tool's exit codes on real signed files: 0 valid, 1 tampered or revoked, 2 for input
 * that is not a credential, a key set or a readable file; and a key rotation that keeps earlier
 * credentials verifiable.
 */
class VerifyCommandTest {

  private static final IssuerIdentity ISSUER = new IssuerIdentity("http://localhost:8080");

  @TempDir Path dir;

  private final IssuerKeys keys = IssuerKeys.generate();

  private String credential(IssuerKeys signer, int index) {
    Instant now = Instant.now();
    FamilyScoreLine python =
        new FamilyScoreLine(
            "PYTHON_FUNDAMENTALS",
            "Python Fundamentals",
            612,
            26.25,
            560,
            664,
            now.minus(Duration.ofDays(3)),
            now.plus(Duration.ofDays(700)),
            "SAMPLE",
            "test",
            Optional.empty(),
            Optional.empty());
    return VcJwt.sign(
        CredentialDocument.passport(
            ISSUER,
            new PassportClaims(
                "urn:uuid:00000000-0000-4000-8000-000000000042",
                "Cara Candidate",
                now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(700)),
                List.of(python),
                0,
                index)),
        signer,
        ISSUER);
  }

  private String statusList(int... set) {
    StatusBitstring bits = StatusBitstring.empty();
    for (int bit : set) {
      bits.set(bit);
    }
    return VcJwt.sign(CredentialDocument.statusList(ISSUER, 0, bits, Instant.now()), keys, ISSUER);
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private record Result(int exit, String out, String err) {}

  private Result run(String... args) {
    return runAt(Clock.systemUTC(), args);
  }

  private Result runAt(Clock clock, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        VerifyCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            clock);
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aValidCredentialExitsZeroAndPrintsItsScores() throws Exception {
    Path jwt = file("c.jwt", credential(keys, 7));
    Path jwks = file("jwks.json", keys.publicKeys().toString());
    Path status = file("status.jwt", statusList(8));

    Result result =
        run("verify", jwt.toString(), "--jwks", jwks.toString(), "--status-list=" + status);

    assertThat(result.exit()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .startsWith("VALID")
        .contains("subject: Cara Candidate")
        .contains("Python Fundamentals")
        .contains("612  95% band 560–664  SEM 26.3")
        .contains("checked against the status list");
  }

  @Test
  void withoutAStatusListItSaysTheStatusWasNotChecked() throws Exception {
    Path jwt = file("c.jwt", credential(keys, 7));
    Path jwks = file("jwks.json", keys.publicKeys().toString());

    Result result = run("verify", jwt.toString(), "--jwks", jwks.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("NOT checked");
  }

  @Test
  void theDatesAreCheckedAgainstTheClockItIsGiven() throws Exception {
    // The credential is valid from a minute before it was signed until 700 days after.
    Path jwt = file("c.jwt", credential(keys, 7));
    Path jwks = file("jwks.json", keys.publicKeys().toString());
    Instant signed = Instant.now();

    Result later =
        runAt(
            Clock.fixed(signed.plus(Duration.ofDays(701)), ZoneOffset.UTC),
            "verify",
            jwt.toString(),
            "--jwks",
            jwks.toString());
    Result earlier =
        runAt(
            Clock.fixed(signed.minus(Duration.ofDays(1)), ZoneOffset.UTC),
            "verify",
            jwt.toString(),
            "--jwks",
            jwks.toString());

    assertThat(later.exit()).isEqualTo(1);
    assertThat(later.out()).startsWith("INVALID").contains("DATES").contains("expired on");
    assertThat(earlier.exit()).isEqualTo(1);
    assertThat(earlier.out()).startsWith("INVALID").contains("not valid before");
  }

  @Test
  void aTamperedCredentialExitsOne() throws Exception {
    String token = credential(keys, 7);
    JWSObject jws = JWSObject.parse(token);
    Map<String, Object> payload = jws.getPayload().toJSONObject();
    ((Map<String, Object>) payload.get("credentialSubject")).put("type", List.of("Tampered"));
    String[] parts = token.split("\\.");
    String forged =
        parts[0] + "." + Base64URL.encode(new Payload(payload).toBytes()) + "." + parts[2];
    Path jwt = file("forged.jwt", forged);
    Path jwks = file("jwks.json", keys.publicKeys().toString());

    Result result = run("verify", jwt.toString(), "--jwks", jwks.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).startsWith("INVALID").contains("SIGNATURE");
  }

  @Test
  void aRevokedCredentialExitsOne() throws Exception {
    Path jwt = file("c.jwt", credential(keys, 7));
    Path jwks = file("jwks.json", keys.publicKeys().toString());
    Path status = file("status.jwt", statusList(7));

    Result result =
        run(
            "verify",
            jwt.toString(),
            "--jwks",
            jwks.toString(),
            "--status-list",
            status.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).startsWith("REVOKED");
  }

  @Test
  void badInputExitsTwo() throws Exception {
    Path jwks = file("jwks.json", keys.publicKeys().toString());
    Path garbage = file("garbage.jwt", "this is not a credential");
    Path notJwks = file("not-jwks.json", "{\"hello\": 1");

    assertThat(run("verify", garbage.toString(), "--jwks", jwks.toString()).exit()).isEqualTo(2);
    assertThat(run("verify", garbage.toString()).exit()).isEqualTo(2);
    assertThat(
            run("verify", dir.resolve("missing.jwt").toString(), "--jwks", jwks.toString()).exit())
        .isEqualTo(2);
    assertThat(
            run(
                    "verify",
                    file("c.jwt", credential(keys, 1)).toString(),
                    "--jwks",
                    notJwks.toString())
                .exit())
        .isEqualTo(2);
    assertThat(run("verify", garbage.toString(), "--jwks", jwks.toString(), "--colour", "x").exit())
        .isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void aRotatedKeySetStillVerifiesCredentialsSignedBeforeTheRotation() throws Exception {
    Path keyFile = dir.resolve("keys.jwks.json");
    assertThat(run("rotate-key", "--keys", keyFile.toString()).exit()).isZero();
    IssuerKeys first = IssuerKeys.read(keyFile);
    Path jwt = file("before.jwt", credential(first, 3));

    Result rotation = run("rotate-key", "--keys", keyFile.toString());
    IssuerKeys second = IssuerKeys.read(keyFile);
    Path jwks = file("jwks.json", second.publicKeys().toString());

    assertThat(rotation.out()).contains("2 key(s)");
    assertThat(second.signing().getKeyID()).isNotEqualTo(first.signing().getKeyID());
    assertThat(run("verify", jwt.toString(), "--jwks", jwks.toString()).exit()).isZero();
  }
}
