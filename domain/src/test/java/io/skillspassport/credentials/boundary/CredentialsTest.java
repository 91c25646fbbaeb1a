package io.skillspassport.credentials.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.credentials.boundary.VerificationReport.Outcome;
import io.skillspassport.credentials.control.IssuedCredentialStore;
import io.skillspassport.credentials.control.IssuerKeyRing;
import io.skillspassport.credentials.control.IssuerKeys;
import io.skillspassport.credentials.control.SupersededCredentialsProbe;
import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportDashboard;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.passports.boundary.ResultRecorded;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.PublicAddress;
import io.skillspassport.testing.Database;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate's use cases on a migrated H2 with the real stores, keys and documents: export,
 * verify against the served status list, revoke, supersession by a newer result, ownership, audit.
 * The passport is a fixed dashboard (the passports boundary has its own tests).
 */
class CredentialsTest {

  private static final Instant MEASURED = Instant.now().minus(Duration.ofDays(2));

  @TempDir Path dir;

  private Database db;
  private String username = "cara";
  private List<PassportResult> current;
  private final List<String> audited = new ArrayList<>();

  @BeforeEach
  void setUp() {
    db = Database.fresh(Database.Kind.H2);
    Path keys = dir.resolve("keys.jwks.json");
    IssuerKeys.generate().write(keys);
    keyRing = IssuerKeyRing.of(keys);
    current =
        List.of(
            new PassportResult(
                "COMMUNICATION",
                "Communication",
                560,
                30.0,
                501,
                619,
                0.2,
                0.4,
                "SAMPLE",
                MEASURED,
                MEASURED.plus(Duration.ofDays(730)),
                false,
                false,
                "COMMUNICATION sample bank v1, attempt 7",
                12,
                "PROVISIONAL"));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private IssuerKeyRing keyRing;

  private <T> T call(Function<Credentials, T> use) {
    return db.inTransaction(em -> use.apply(credentials(em)));
  }

  private VerificationReport verify(String token) {
    return db.inTransaction(
        em -> {
          IssuerDocuments documents = documents(em);
          Verifications v = new Verifications();
          v.clock = Clock.systemUTC();
          v.documents = documents;
          v.keyRing = keyRing;
          v.credentials = new IssuedCredentialStore(em);
          return v.verify(token);
        });
  }

  @Test
  void anExportVerifiesAndARevocationShowsInTheServedStatusList() {
    ExportedCredential exported = call(Credentials::export);

    assertThat(exported.entry().state()).isEqualTo(CredentialState.ACTIVE);
    assertThat(exported.fileName()).endsWith(".jwt");
    VerificationReport before = verify(exported.token());
    assertThat(before.outcome()).as("%s", before.findings()).isEqualTo(Outcome.VALID);
    assertThat(before.statusChecked()).isTrue();
    FamilyScoreLine line = before.credential().orElseThrow().families().get(0);
    assertThat(line.score()).isEqualTo(560);
    assertThat(line.bandLow()).isEqualTo(501);
    assertThat(line.bandHigh()).isEqualTo(619);
    assertThat(line.sem()).isEqualTo(30.0);
    assertThat(line.measuredAt()).isEqualTo(MEASURED.truncatedTo(ChronoUnit.SECONDS));

    IssuedCredentialEntry revoked = call(c -> c.revoke(exported.entry().id()));

    assertThat(revoked.state()).isEqualTo(CredentialState.REVOKED);
    assertThat(verify(exported.token()).outcome()).isEqualTo(Outcome.REVOKED);
    assertThat(audited)
        .containsExactly(
            AuditAction.CREDENTIAL_EXPORTED.name(), AuditAction.CREDENTIAL_REVOKED.name());
  }

  @Test
  void aNewerResultForOneOfItsFamiliesRetiresTheCredential() {
    ExportedCredential exported = call(Credentials::export);

    db.run(
        em ->
            SupersededCredentialsProbe.observe(
                em, new ResultRecorded(username, "COMMUNICATION", Instant.now())));

    assertThat(call(Credentials::exported))
        .extracting(IssuedCredentialEntry::state)
        .containsExactly(CredentialState.SUPERSEDED);
    assertThat(verify(exported.token()).outcome()).isEqualTo(Outcome.REVOKED);
  }

  @Test
  void aResultForAnotherFamilyOrCandidateLeavesItActive() {
    ExportedCredential exported = call(Credentials::export);

    db.run(
        em -> {
          SupersededCredentialsProbe.observe(
              em, new ResultRecorded(username, "PYTHON_FUNDAMENTALS", Instant.now()));
          SupersededCredentialsProbe.observe(
              em, new ResultRecorded("dev", "COMMUNICATION", Instant.now()));
        });

    assertThat(verify(exported.token()).outcome()).isEqualTo(Outcome.VALID);
  }

  @Test
  void nobodyElseCanDownloadOrRevokeIt() {
    ExportedCredential exported = call(Credentials::export);
    username = "mallory";

    assertThatThrownBy(() -> call(c -> c.revoke(exported.entry().id())))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(c -> c.download(exported.entry().id())))
        .isInstanceOf(AccessDenied.class);
    assertThat(call(Credentials::exported)).isEmpty();
  }

  @Test
  void anEmptyPassportHasNothingToExport() {
    current = List.of();

    assertThatThrownBy(() -> call(Credentials::export))
        .isExactlyInstanceOf(Conflict.class)
        .hasMessage("Your passport has no current result yet, so there is nothing to export.");
  }

  @Test
  void eachExportGetsItsOwnStatusBit() {
    ExportedCredential first = call(Credentials::export);
    ExportedCredential second = call(Credentials::export);

    assertThat(first.token()).isNotEqualTo(second.token());
    assertThat(first.entry().shortCode()).isNotEqualTo(second.entry().shortCode());
    call(c -> c.revoke(first.entry().id()));
    assertThat(verify(first.token()).outcome()).isEqualTo(Outcome.REVOKED);
    assertThat(verify(second.token()).outcome()).isEqualTo(Outcome.VALID);
  }

  private IssuerDocuments documents(EntityManager em) {
    IssuerDocuments documents = new IssuerDocuments();
    documents.clock = Clock.systemUTC();
    documents.address = PublicAddress.of("http://localhost:8080");
    documents.keyRing = keyRing;
    documents.credentials = new IssuedCredentialStore(em);
    return documents;
  }

  private Credentials credentials(EntityManager em) {
    Credentials credentials = new Credentials();
    credentials.clock = Clock.systemUTC();
    credentials.address = PublicAddress.of("http://localhost:8080");
    credentials.caller = caller();
    credentials.guard = new Guard(credentials.caller);
    credentials.audit =
        new AuditTrail() {
          @Override
          public void record(AuditAction action, String target, String detail) {
            audited.add(action.name());
          }

          @Override
          public void recordDenied(String target, String reason) {}
        };
    credentials.passports =
        new Passports() {
          @Override
          public PassportDashboard dashboard() {
            return new PassportDashboard(
                username,
                Instant.now(),
                current.stream()
                    .map(
                        r ->
                            new FamilyStanding(
                                r.familyCode(),
                                "communication",
                                r.familyName(),
                                true,
                                Optional.of(r)))
                    .toList(),
                List.of());
          }
        };
    credentials.credentials = new IssuedCredentialStore(em);
    credentials.keyRing = keyRing;
    return credentials;
  }

  private Caller caller() {
    return new Caller() {
      @Override
      public boolean isSignedIn() {
        return true;
      }

      @Override
      public String username() {
        return username;
      }

      @Override
      public String displayName() {
        return "Cara Candidate";
      }

      @Override
      public boolean hasRole(String r) {
        return Caller.CANDIDATE.equals(r);
      }

      @Override
      public Optional<String> organisation() {
        return Optional.empty();
      }
    };
  }
}
