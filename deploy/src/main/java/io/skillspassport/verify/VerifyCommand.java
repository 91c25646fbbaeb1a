package io.skillspassport.verify;

import com.nimbusds.jose.jwk.JWKSet;
import io.skillspassport.credentials.boundary.CredentialSummary;
import io.skillspassport.credentials.boundary.CredentialVerifier;
import io.skillspassport.credentials.boundary.FamilyScoreLine;
import io.skillspassport.credentials.boundary.VerificationReport;
import io.skillspassport.credentials.boundary.VerificationReport.Finding;
import io.skillspassport.credentials.control.IssuerKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar skills-passport-verify.jar COMMAND …}
 *
 * <pre>
 * verify CREDENTIAL.jwt --jwks JWKS.json [--status-list STATUS.jwt] [--issuer DID]
 *     exit 0 valid, 1 invalid or revoked, 2 bad input (unreadable file, not a JWKS,
 *     not a credential, unknown option)
 * rotate-key --keys KEYS.jwks.json
 *     puts a new Ed25519 signing key in front of the key set file (creating it if missing);
 *     the old keys stay so earlier credentials keep verifying. Exit 0, or 2 on bad input.
 * </pre>
 *
 * Without {@code --status-list} the revocation status is not checked and the output says so; fetch
 * the list the credential names ({@code credentialStatus.statusListCredential}) to check it
 * offline.
 */
public final class VerifyCommand {

  static final int VALID = 0;
  static final int INVALID = 1;
  static final int BAD_INPUT = 2;

  private VerifyCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Clock.systemUTC()));
  }

  /**
   * Runs one command and returns its exit code.
   *
   * @param clock the time a credential's validity dates are checked against
   */
  static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      out.println(usage());
      return args.length == 0 ? BAD_INPUT : VALID;
    }
    try {
      Options options = Options.parse(args);
      return switch (options.command()) {
        case "verify" -> verify(options, out, clock);
        case "rotate-key" -> rotate(options, out);
        default -> throw new BadInput("unknown command '" + options.command() + "'");
      };
    } catch (BadInput e) {
      err.println("error: " + e.getMessage());
      err.println(usage());
      return BAD_INPUT;
    }
  }

  private static int verify(Options options, PrintStream out, Clock clock) {
    if (options.positional().size() != 1) {
      throw new BadInput("verify takes exactly one credential file");
    }
    options.allowOnly("jwks", "status-list", "issuer");
    String token = read(Path.of(options.positional().get(0)));
    JWKSet keys;
    try {
      keys = JWKSet.parse(read(Path.of(options.required("jwks"))));
    } catch (ParseException e) {
      throw new BadInput("--jwks is not a JWK Set: " + e.getMessage());
    }
    Optional<String> statusList = options.optional("status-list").map(file -> read(Path.of(file)));
    CredentialVerifier verifier =
        CredentialVerifier.of(keys, options.optional("issuer"), url -> statusList, clock);
    VerificationReport report = verifier.verify(token);
    print(report, out);
    return switch (report.outcome()) {
      case VALID -> VALID;
      case INVALID, REVOKED -> INVALID;
      case MALFORMED -> BAD_INPUT;
    };
  }

  private static int rotate(Options options, PrintStream out) {
    options.allowOnly("keys");
    if (!options.positional().isEmpty()) {
      throw new BadInput("rotate-key takes no file arguments; use --keys FILE");
    }
    Path file = Path.of(options.required("keys"));
    IssuerKeys keys = Files.exists(file) ? IssuerKeys.read(file).rotated() : IssuerKeys.generate();
    keys.write(file);
    out.println(
        "signing key "
            + keys.signing().getKeyID()
            + "; "
            + keys.size()
            + " key(s) in "
            + file.toAbsolutePath());
    return VALID;
  }

  private static void print(VerificationReport report, PrintStream out) {
    out.println(report.outcome());
    for (Finding f : report.findings()) {
      out.println("  " + f.check() + ": " + f.detail());
    }
    report
        .credential()
        .ifPresent(
            c -> {
              printCredential(c, out);
              out.println(
                  "status: "
                      + (report.statusChecked()
                          ? "checked against the status list"
                          : "NOT checked (no --status-list given)"));
            });
  }

  private static void printCredential(CredentialSummary c, PrintStream out) {
    out.println("credential: " + c.id());
    out.println(
        "issuer: " + c.issuer() + (c.issuerName().isEmpty() ? "" : " (" + c.issuerName() + ")"));
    out.println("subject: " + c.subjectName());
    out.println("valid: from " + c.validFrom() + c.validUntil().map(u -> " until " + u).orElse(""));
    for (FamilyScoreLine f : c.families()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-28s %3d  95%% band %d–%d  SEM %.1f  measured %s  expires %s  %s",
              f.familyName(),
              f.score(),
              f.bandLow(),
              f.bandHigh(),
              f.sem(),
              f.measuredAt(),
              f.expiresAt(),
              f.provenance()));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new BadInput("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String usage() {
    return """
        usage: java -jar skills-passport-verify.jar verify CREDENTIAL.jwt --jwks JWKS.json \
        [--status-list STATUS.jwt] [--issuer DID]
               java -jar skills-passport-verify.jar rotate-key --keys KEYS.jwks.json
        exit codes: 0 valid, 1 invalid or revoked, 2 bad input""";
  }

  /** Wrong arguments or unreadable input: exit code 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /** The command, its positional files and its {@code --name value} / {@code --name=value}. */
  record Options(String command, List<String> positional, Map<String, String> named) {

    static Options parse(String[] args) {
      List<String> positional = new ArrayList<>();
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (arg.startsWith("--")) {
          String name = arg.substring(2);
          String value;
          int eq = name.indexOf('=');
          if (eq >= 0) {
            value = name.substring(eq + 1);
            name = name.substring(0, eq);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new BadInput("--" + name + " needs a value");
          }
          if (named.put(name, value) != null) {
            throw new BadInput("--" + name + " given twice");
          }
        } else {
          positional.add(arg);
        }
      }
      return new Options(args[0], positional, named);
    }

    void allowOnly(String... names) {
      List<String> allowed = List.of(names);
      for (String name : named.keySet()) {
        if (!allowed.contains(name)) {
          throw new BadInput("unknown option --" + name);
        }
      }
    }

    String required(String name) {
      return optional(name).orElseThrow(() -> new BadInput("--" + name + " is required"));
    }

    Optional<String> optional(String name) {
      return Optional.ofNullable(named.get(name));
    }
  }
}
