package io.skillspassport.credentials.boundary;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.credentials.control.CredentialDocument;
import io.skillspassport.credentials.control.CredentialDocument.PassportClaims;
import io.skillspassport.credentials.control.IssuedCredentialStore;
import io.skillspassport.credentials.control.IssuerIdentity;
import io.skillspassport.credentials.control.IssuerKeyRing;
import io.skillspassport.credentials.control.IssuerKeys;
import io.skillspassport.credentials.control.StatusSlots;
import io.skillspassport.credentials.control.VcJwt;
import io.skillspassport.credentials.entity.IssuedCredential;
import io.skillspassport.credentials.entity.IssuedFamily;
import io.skillspassport.credentials.entity.RevocationReason;
import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportDashboard;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate's portable passport: export the current passport as a signed credential, list the
 * credentials exported so far, download one again, revoke one. Only candidates, and only their own
 * credentials: every id is checked against the caller. Every export and revocation is audited.
 *
 * <p>The credential states the passport as the passports boundary reports it (current results only;
 * a family not measured is absent, never 300) and is valid until the earliest expiry among its
 * results. Its status bit is set when the candidate revokes it, when a newer result for one of its
 * families arrives ({@code SupersededCredentials}), and — computed when the list is served — once
 * it is past that date.
 */
@ApplicationScoped
@Transactional
public class Credentials {

  @Inject Clock clock;

  /** The short code's alphabet: lower case and digits without look-alikes (0/o, 1/l/i). */
  private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private static final int CODE_LENGTH = 12;

  private final SecureRandom random = new SecureRandom();

  @Inject PublicAddress address;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject Guard guard;

  @Inject Passports passports;

  @Inject IssuedCredentialStore credentials;

  @Inject IssuerKeyRing keyRing;

  /**
   * Signs the caller's current passport as a new credential.
   *
   * @throws Conflict when no family has a current result (any may have expired or been withdrawn
   *     since the page was shown): there is nothing a credential could state
   */
  public ExportedCredential export() {
    guard.requireRole(Caller.CANDIDATE, "exporting the passport");
    PassportDashboard dashboard = passports.dashboard();
    List<FamilyScoreLine> families =
        dashboard.families().stream()
            .filter(FamilyStanding::measured)
            .map(f -> line(f.current().get()))
            .toList();
    if (families.isEmpty()) {
      throw new Conflict("Your passport has no current result yet, so there is nothing to export.");
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    Instant validUntil =
        families.stream()
            .map(FamilyScoreLine::expiresAt)
            .min(Comparator.naturalOrder())
            .orElseThrow()
            .truncatedTo(ChronoUnit.SECONDS);
    String credentialId = "urn:uuid:" + UUID.randomUUID();
    IssuedCredential credential =
        credentials.add(
            new IssuedCredential(
                credentialId,
                shortCode(),
                caller.username(),
                now,
                validUntil,
                families.stream()
                    .map(f -> new IssuedFamily(f.familyCode(), f.measuredAt()))
                    .toList()));
    int list = StatusSlots.list(credential.slot());
    int index = StatusSlots.index(credential.slot());
    IssuerKeys keys = keyRing.keys();
    String token =
        VcJwt.sign(
            CredentialDocument.passport(
                issuer(),
                new PassportClaims(
                    credentialId, subjectName(), now, validUntil, families, list, index)),
            keys,
            issuer());
    credential.sign(list, index, keys.signing().getKeyID(), token);
    audit.record(
        AuditAction.CREDENTIAL_EXPORTED,
        "credential " + credentialId,
        "families "
            + String.join(", ", families.stream().map(FamilyScoreLine::familyCode).toList())
            + "; status list "
            + list
            + " index "
            + index
            + "; key "
            + keys.signing().getKeyID());
    return new ExportedCredential(entry(credential, now), token);
  }

  /** The caller's exported credentials, newest first. */
  public List<IssuedCredentialEntry> exported() {
    guard.requireRole(Caller.CANDIDATE, "the exported credentials");
    Instant now = Instant.now(clock);
    return credentials.ofCandidate(caller.username()).stream().map(c -> entry(c, now)).toList();
  }

  /**
   * One of the caller's credentials again, for download.
   *
   * @throws AccessDenied (recorded) for an unknown id or someone else's credential
   */
  public ExportedCredential download(long id) {
    guard.requireRole(Caller.CANDIDATE, "downloading a credential");
    IssuedCredential credential = owned(id, "download");
    return new ExportedCredential(entry(credential, Instant.now(clock)), credential.token());
  }

  /**
   * Revokes one of the caller's credentials: its status bit is set from the next status list
   * request on. Revoking twice keeps the first time.
   *
   * @throws AccessDenied (recorded) for an unknown id or someone else's credential
   */
  public IssuedCredentialEntry revoke(long id) {
    guard.requireRole(Caller.CANDIDATE, "revoking a credential");
    IssuedCredential credential = owned(id, "revoke");
    Instant now = Instant.now(clock);
    if (credential.revokedAt().isEmpty()) {
      credential.revoke(now, RevocationReason.CANDIDATE);
      audit.record(
          AuditAction.CREDENTIAL_REVOKED,
          "credential " + credential.credentialId(),
          "by the candidate; status list "
              + credential.statusList()
              + " index "
              + credential.statusIndex());
    }
    return entry(credential, now);
  }

  private IssuedCredential owned(long id, String what) {
    return credentials
        .byId(id)
        .filter(c -> c.candidate().equals(caller.username()))
        .orElseThrow(
            () ->
                guard.refuse(
                    what + " credential " + id, "not a credential of " + caller.username()));
  }

  private String subjectName() {
    String name = caller.displayName();
    return name == null || name.isBlank() ? caller.username() : name.strip();
  }

  private IssuedCredentialEntry entry(IssuedCredential c, Instant now) {
    CredentialState state;
    Optional<RevocationReason> reason = c.revocationReason();
    if (reason.isPresent()) {
      state =
          switch (reason.get()) {
            case SUPERSEDED -> CredentialState.SUPERSEDED;
            case WITHDRAWN -> CredentialState.WITHDRAWN;
            case CANDIDATE -> CredentialState.REVOKED;
          };
    } else if (!c.validUntil().isAfter(now)) {
      state = CredentialState.EXPIRED;
    } else {
      state = CredentialState.ACTIVE;
    }
    return new IssuedCredentialEntry(
        c.id(),
        c.credentialId(),
        c.shortCode(),
        issuer().verifyUrl(c.shortCode()),
        c.issuedAt(),
        c.validUntil(),
        c.families().stream().map(IssuedFamily::familyCode).toList(),
        state,
        c.revokedAt());
  }

  private static FamilyScoreLine line(PassportResult r) {
    return new FamilyScoreLine(
        r.familyCode(),
        r.familyName(),
        r.score(),
        r.sem(),
        r.bandLow(),
        r.bandHigh(),
        r.measuredAt(),
        r.expiresAt(),
        r.provenance(),
        r.source(),
        Optional.empty(),
        Optional.empty());
  }

  private String shortCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  private IssuerIdentity issuer() {
    return IssuerIdentity.at(address);
  }
}
