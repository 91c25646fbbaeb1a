package io.skillspassport.system.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built offline verifier, {@code deploy/target/skills-passport-verify.jar}, as a user
 * would: {@code java -jar … verify FILE --jwks FILE [--status-list FILE]}.
 */
final class OfflineVerifier {

  record Run(int exit, String output) {}

  private final Path jar;

  OfflineVerifier() {
    Path portalJar = Path.of(System.getProperty("portal.jar", "target/skills-passport.jar"));
    this.jar = portalJar.resolveSibling("skills-passport-verify.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: mvn -pl deploy -am package builds it");
    }
  }

  Run verify(Path credential, Path jwks, Path statusList) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "verify",
                credential.toString(),
                "--jwks",
                jwks.toString()));
    if (statusList != null) {
      command.add("--status-list");
      command.add(statusList.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the verifier did not finish within 60 s");
    }
    return new Run(process.exitValue(), output);
  }
}
