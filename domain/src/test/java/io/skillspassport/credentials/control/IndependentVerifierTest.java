package io.skillspassport.credentials.control;

import static io.skillspassport.credentials.control.CredentialFixtures.firstResult;
import static io.skillspassport.credentials.control.CredentialFixtures.signed;
import static io.skillspassport.credentials.control.CredentialFixtures.statusList;
import static io.skillspassport.credentials.control.CredentialFixtures.tampered;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our VC-JWTs (signed with the JDK's Ed25519) checked by verifiers that share no code with ours:
 * Nimbus's Tink-backed {@code Ed25519Verifier}, Node's built-in {@code crypto} (script {@code
 * credentials/verify-vc-jwt.js}, which also reads the status bit with {@code zlib}) and the {@code
 * openssl} command line. Both are required on the build machine (Debian {@code nodejs} and {@code
 * openssl}); a missing one fails the test rather than skipping it.
 */
class IndependentVerifierTest {

  @TempDir Path dir;

  private final IssuerKeys keys = IssuerKeys.generate();

  @Test
  void nimbusWithTinkAcceptsOurSignatureAndRejectsATamperedOne() throws Exception {
    String token = signed(keys, 0, 77);
    String forged = tampered(token, p -> firstResult(p).put("value", "712"));
    var tinkVerifier = new com.nimbusds.jose.crypto.Ed25519Verifier(keys.signing().toPublicJWK());

    assertThat(com.nimbusds.jose.JWSObject.parse(token).verify(tinkVerifier)).isTrue();
    assertThat(com.nimbusds.jose.JWSObject.parse(forged).verify(tinkVerifier)).isFalse();
  }

  @Test
  void nodeAcceptsTheCredentialAndTheStatusListAndReadsTheBit() throws Exception {
    Path credential = write("credential.jwt", signed(keys, 0, 77));
    Path list = write("status.jwt", statusList(keys, 0, 77));
    Path jwk = write("key.json", keys.signing().toPublicJWK().toJSONString());

    Run run = run("node", script(), credential.toString(), jwk.toString(), list.toString());

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("\"signature\":true")
        .contains("\"alg\":\"EdDSA\"")
        .contains("\"typ\":\"vc+jwt\"")
        .contains("\"issuer\":\"did:web:localhost%3A8080\"")
        .contains("\"firstValue\":\"612\"")
        .contains("\"statusListSignature\":true")
        .contains("\"statusListBits\":131072")
        .contains("\"revoked\":true");
  }

  @Test
  void nodeRejectsATamperedCredential() throws Exception {
    String forged = tampered(signed(keys, 0, 77), p -> firstResult(p).put("value", "712"));
    Path credential = write("forged.jwt", forged);
    Path jwk = write("key.json", keys.signing().toPublicJWK().toJSONString());

    Run run = run("node", script(), credential.toString(), jwk.toString());

    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("\"signature\":false").contains("\"firstValue\":\"712\"");
  }

  @Test
  void opensslVerifiesTheEd25519Signature() throws Exception {
    String token = signed(keys, 0, 5);
    int lastDot = token.lastIndexOf('.');
    Path data = write("signed-part.txt", token.substring(0, lastDot));
    Path signature = dir.resolve("signature.bin");
    Files.write(signature, java.util.Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    // SubjectPublicKeyInfo of an Ed25519 key (RFC 8410): a fixed 12-byte prefix, then the 32 bytes.
    byte[] spki =
        concat(HexFormat.of().parseHex("302a300506032b6570032100"), keys.signing().getX().decode());
    Path pem =
        write(
            "public.pem",
            "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getEncoder().encodeToString(spki)
                + "\n-----END PUBLIC KEY-----\n");

    Run good =
        run(
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            pem.toString(),
            "-rawin",
            "-in",
            data.toString(),
            "-sigfile",
            signature.toString());
    Files.writeString(data, token.substring(0, lastDot) + "x");
    Run bad =
        run(
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            pem.toString(),
            "-rawin",
            "-in",
            data.toString(),
            "-sigfile",
            signature.toString());

    assertThat(good.exit()).as(good.output()).isZero();
    assertThat(good.output()).contains("Signature Verified Successfully");
    assertThat(bad.exit()).as(bad.output()).isNotZero();
  }

  private String script() throws IOException {
    Path script = dir.resolve("verify-vc-jwt.js");
    try (var in = getClass().getResourceAsStream("/credentials/verify-vc-jwt.js")) {
      Files.write(script, in.readAllBytes());
    }
    return script.toString();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private record Run(int exit, String output) {}

  private Run run(String... command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
