package io.skillspassport.bundles.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.assessments.boundary.TestFamilies;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.bundles.control.BundleAccess;
import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.bundles.control.InvitationStore;
import io.skillspassport.bundles.control.InvitationTokens;
import io.skillspassport.bundles.control.SharedScores;
import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.boundary.TestPassports;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.sharing.boundary.TestSharing;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.Parallel;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invitations through the real stores and the real sharing and passport boundaries on a migrated
 * database: a link works once (also under two simultaneous accepts, on H2 and PostgreSQL), not
 * after its expiry or revocation, accepting shares through the sharing rules, and one
 * organisation's employer can neither see nor revoke another's invitations.
 */
class InvitationsTest {

  private static final String NORTHWIND = "northwind-labs";
  private static final String HELIX = "helix-research";

  private static final FixedCaller ERIN = FixedCaller.employer("erin", NORTHWIND);
  private static final FixedCaller OMAR = FixedCaller.employer("omar", HELIX);
  private static final FixedCaller VISITOR = new FixedCaller("visitor", null, Set.of());

  private final List<String> audited = Collections.synchronizedList(new ArrayList<>());

  private Database db;
  private DataSource source;

  /** The boundaries' clock: the system clock, or fixed where a test decides what "now" is. */
  private Clock clock = Clock.systemUTC();

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** Two organisations, three families, a Northwind bundle needing two of them. */
  private long setUp(Database.Kind kind) {
    db = Database.fresh(kind);
    source = dataSource(db, kind);
    return db.inTransaction(
        em -> {
          var organisations = new OrganisationStore(em);
          organisations.add(new EmployerOrganisation(NORTHWIND, "Northwind Labs", ""));
          organisations.add(new EmployerOrganisation(HELIX, "Helix Research", ""));
          var families = new FamilyStore(em);
          families.add(
              new AssessmentFamily("DATA_ANALYSIS", "data-analysis", "Data Analysis", "", true, 1));
          families.add(
              new AssessmentFamily("COMMUNICATION", "communication", "Communication", "", true, 2));
          families.add(new AssessmentFamily("PYTHON", "python", "Python", "", true, 3));
          Instant t0 = Instant.now().minus(Duration.ofDays(1));
          Bundle bundle =
              new Bundle(NORTHWIND, "Research hire", "ml-research-scientist", "erin", t0);
          bundle.saveVersion(
              1,
              680,
              List.of(
                  new BundleFamily("DATA_ANALYSIS", true, new BigDecimal("0.60"), null),
                  new BundleFamily("COMMUNICATION", true, new BigDecimal("0.40"), null),
                  new BundleFamily("PYTHON", false, BigDecimal.ZERO, null)),
              List.of(),
              "erin",
              "Erin Walsh",
              t0);
          return new BundleStore(em).add(bundle).id();
        });
  }

  @Test
  void aLinkLeadsAVisitorAndThenTheCandidateToOneShareAndWorksOnce() {
    long bundle = setUp(Database.Kind.H2);
    FixedCaller cara = FixedCaller.candidate("cara");
    addResult("cara", "DATA_ANALYSIS");

    NewInvitation created =
        call(ERIN, i -> i.create(bundle, "  cara@example.org ", Invitations.DEFAULT_VALID_DAYS));

    assertThat(created.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(created.path()).isEqualTo("/invitation?token=" + created.token());
    assertThat(created.entry().invitee()).isEqualTo("cara@example.org");
    assertThat(created.entry().status()).isEqualTo(InvitationStatus.OPEN);
    assertThat(Duration.between(created.entry().createdAt(), created.entry().expiresAt()))
        .isEqualTo(Duration.ofDays(14));
    assertThat(storedHash(created.entry().id()))
        .isEqualTo(InvitationTokens.hashOf(created.token()).orElseThrow())
        .doesNotContain(created.token());

    InvitationLookup seenByVisitor = call(VISITOR, i -> i.open(created.token()));
    assertThat(seenByVisitor.status()).isEqualTo(InvitationStatus.OPEN);
    assertThat(seenByVisitor.organisationName()).isEqualTo("Northwind Labs");
    assertThat(seenByVisitor.bundleName()).isEqualTo("Research hire");
    assertThat(seenByVisitor.candidateView()).isFalse();
    assertThat(seenByVisitor.families())
        .extracting(InvitedFamily::name)
        .containsExactly("Data Analysis", "Communication");

    InvitationLookup seenByCara = call(cara, i -> i.open(created.token()));
    assertThat(seenByCara.candidateView()).isTrue();
    assertThat(seenByCara.families())
        .extracting(InvitedFamily::code, InvitedFamily::measured)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DATA_ANALYSIS", true),
            org.assertj.core.groups.Tuple.tuple("COMMUNICATION", false));
    assertThat(seenByCara.missingCount()).isEqualTo(1);
    assertThat(shares("cara")).isFalse();

    InvitationLookup accepted = call(cara, i -> i.accept(created.token()));

    assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(accepted.acceptedByCaller()).isTrue();
    assertThat(shares("cara")).isTrue();
    assertThatThrownBy(() -> call(cara, i -> i.accept(created.token())))
        .isExactlyInstanceOf(Conflict.class)
        .hasMessage("This invitation can no longer be accepted: it has been used.");
    assertThat(call(VISITOR, i -> i.open(created.token())).acceptedByCaller()).isFalse();

    InvitationEntry entry = call(ERIN, i -> i.ofBundle(bundle)).get(0);
    assertThat(entry.status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(entry.acceptedByName()).contains("cara");
    assertThat(entry.stillShared()).isTrue();
    assertThat(entry.complete()).as("Communication is missing").isFalse();

    addResult("cara", "COMMUNICATION");
    assertThat(call(ERIN, i -> i.ofBundle(bundle)).get(0).complete()).isTrue();
    assertThat(audited)
        .containsSubsequence(
            AuditAction.INVITATION_CREATED + " invitation " + entry.id(),
            AuditAction.INVITATION_ACCEPTED + " invitation " + entry.id());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void ofTwoSimultaneousAcceptsExactlyOneConsumesTheLink(Database.Kind kind) {
    long bundle = setUp(kind);
    // Several rounds: a single round may happen to run one accept after the other.
    for (int round = 0; round < 4; round++) {
      String token = call(ERIN, i -> i.create(bundle, "twins", 14)).token();
      List<FixedCaller> callers =
          List.of(FixedCaller.candidate("ann-" + round), FixedCaller.candidate("bob-" + round));
      List<Integer> turn = Collections.synchronizedList(new ArrayList<>(List.of(0, 1)));

      List<Parallel.Outcome<InvitationLookup>> outcomes =
          Parallel.run(2, () -> call(callers.get(turn.remove(0)), i -> i.accept(token)));

      assertThat(outcomes.stream().filter(Parallel.Outcome::succeeded)).hasSize(1);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Parallel.Outcome::failure))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f)
                      .isExactlyInstanceOf(Conflict.class)
                      .hasMessage("This invitation can no longer be accepted: it has been used."));
      List<Boolean> shared =
          List.of(shares(callers.get(0).username()), shares(callers.get(1).username()));
      assertThat(shared).containsExactlyInAnyOrder(true, false);
      String winner = shared.get(0) ? "ann-" + round : "bob-" + round;
      assertThat(acceptedBy(token)).isEqualTo(winner);
    }
  }

  @Test
  void aLinkIsOpenUntilTheInstantItExpiresAndThenShowsAsExpiredAndSharesNothing() {
    long bundle = setUp(Database.Kind.H2);
    Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock = Clock.fixed(created, ZoneOffset.UTC);
    NewInvitation invitation = call(ERIN, i -> i.create(bundle, "late", 1));
    Instant expiry = created.plus(Duration.ofDays(1));
    assertThat(invitation.entry().expiresAt()).isEqualTo(expiry);
    FixedCaller dan = FixedCaller.candidate("dan");

    clock = Clock.fixed(expiry.minusSeconds(1), ZoneOffset.UTC);
    assertThat(call(dan, i -> i.open(invitation.token())).status())
        .isEqualTo(InvitationStatus.OPEN);

    clock = Clock.fixed(expiry, ZoneOffset.UTC);
    assertThat(call(dan, i -> i.open(invitation.token())).status())
        .isEqualTo(InvitationStatus.EXPIRED);
    assertThatThrownBy(() -> call(dan, i -> i.accept(invitation.token())))
        .isExactlyInstanceOf(Conflict.class)
        .hasMessage("This invitation can no longer be accepted: it has expired.");
    assertThat(shares("dan", expiry)).isFalse();
    assertThat(call(ERIN, i -> i.ofBundle(bundle)).get(0).status())
        .isEqualTo(InvitationStatus.EXPIRED);
  }

  @Test
  void aRevokedLinkCannotBeAcceptedAndAnAcceptedOneCannotBeRevoked() {
    long bundle = setUp(Database.Kind.H2);
    NewInvitation revoked = call(ERIN, i -> i.create(bundle, "withdrawn", 14));
    NewInvitation used = call(ERIN, i -> i.create(bundle, "used", 14));
    FixedCaller eve = FixedCaller.candidate("eve");
    call(eve, i -> i.accept(used.token()));

    assertThat(call(ERIN, i -> i.revoke(revoked.entry().id())).status())
        .isEqualTo(InvitationStatus.REVOKED);
    assertThat(call(ERIN, i -> i.revoke(used.entry().id())).status())
        .isEqualTo(InvitationStatus.ACCEPTED);

    assertThat(call(VISITOR, i -> i.open(revoked.token())).status())
        .isEqualTo(InvitationStatus.REVOKED);
    FixedCaller fay = FixedCaller.candidate("fay");
    assertThatThrownBy(() -> call(fay, i -> i.accept(revoked.token())))
        .isExactlyInstanceOf(Conflict.class)
        .hasMessage("This invitation can no longer be accepted: the organisation withdrew it.");
    assertThat(shares("fay")).isFalse();
    assertThat(shares("eve")).isTrue();
    assertThat(audited)
        .contains(AuditAction.INVITATION_REVOKED + " invitation " + revoked.entry().id())
        .doesNotContain(AuditAction.INVITATION_REVOKED + " invitation " + used.entry().id());
  }

  @Test
  void anotherOrganisationsEmployerCanNeitherSeeNorRevokeAnInvitation() {
    long bundle = setUp(Database.Kind.H2);
    NewInvitation created = call(ERIN, i -> i.create(bundle, "private", 14));

    assertThatThrownBy(() -> call(OMAR, i -> i.ofBundle(bundle))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(OMAR, i -> i.revoke(created.entry().id())))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(OMAR, i -> i.create(bundle, "hijack", 14)))
        .isInstanceOf(AccessDenied.class);

    assertThat(call(VISITOR, i -> i.open(created.token())).status())
        .isEqualTo(InvitationStatus.OPEN);
    assertThat(audited).anyMatch(a -> a.startsWith("DENIED invitation " + created.entry().id()));
  }

  @Test
  void onlyCandidatesAcceptAndUnknownOrMalformedLinksAreNoRecord() {
    long bundle = setUp(Database.Kind.H2);
    NewInvitation created = call(ERIN, i -> i.create(bundle, "someone", 14));

    assertThatThrownBy(() -> call(ERIN, i -> i.accept(created.token())))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(VISITOR, i -> i.accept(created.token())))
        .isInstanceOf(AccessDenied.class);
    String unknown = InvitationTokens.newToken();
    assertThatThrownBy(() -> call(VISITOR, i -> i.open(unknown))).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> call(VISITOR, i -> i.open("not-a-token")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> call(VISITOR, i -> i.open(null))).isInstanceOf(NotFound.class);
    assertThat(call(VISITOR, i -> i.open(created.token())).status())
        .isEqualTo(InvitationStatus.OPEN);
  }

  @Test
  void refusesABlankInviteeAndValiditiesOutOfRange() {
    long bundle = setUp(Database.Kind.H2);
    assertThatThrownBy(() -> call(ERIN, i -> i.create(bundle, "  ", 14)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> call(ERIN, i -> i.create(bundle, "x", 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> call(ERIN, i -> i.create(bundle, "x", Invitations.MAX_VALID_DAYS + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    List<InvitationEntry> none = call(ERIN, i -> i.ofBundle(bundle));
    assertThat(none).isEmpty();
  }

  private interface Use<T> {
    T apply(Invitations invitations);
  }

  private <T> T call(FixedCaller caller, Use<T> use) {
    return db.inTransaction(em -> use.apply(invitations(em, caller)));
  }

  private Invitations invitations(EntityManager em, FixedCaller caller) {
    AuditTrail audit = recordingAudit();
    Guard guard = recordingGuard(caller);
    Invitations invitations = new Invitations();
    invitations.clock = clock;
    invitations.caller = caller;
    invitations.audit = audit;
    invitations.guard = guard;
    invitations.bundles = new BundleStore(em);
    invitations.access = new BundleAccess(caller, guard, invitations.bundles);
    invitations.invitations = new InvitationStore(em);
    invitations.scores = new SharedScores(source, clock);
    invitations.families = TestFamilies.of(em);
    invitations.organisations = new ShareableOrganisations(new OrganisationStore(em));
    invitations.sharing = TestSharing.of(em, caller, guard, clock);
    invitations.passports = TestPassports.of(em, caller, guard, clock);
    return invitations;
  }

  /** Keeps "ACTION target" of each entry. */
  private AuditTrail recordingAudit() {
    return new AuditTrail() {
      @Override
      public void record(AuditAction action, String target, String detail) {
        audited.add(action + " " + target);
      }
    };
  }

  /** The real guard, keeping "DENIED what" of each refusal it would have recorded. */
  private Guard recordingGuard(FixedCaller caller) {
    return new Guard(caller) {
      @Override
      public AccessDenied refuse(String what, String reason, String message) {
        audited.add("DENIED " + what);
        return super.refuse(what, reason, message);
      }
    };
  }

  private void addResult(String candidate, String family) {
    Instant measured = Instant.now().minus(Duration.ofHours(1));
    db.run(
        em ->
            new ResultStore(em)
                .add(
                    new FamilyResult(
                        candidate,
                        family,
                        0.4,
                        0.35,
                        605,
                        26.25,
                        553,
                        657,
                        Provenance.SAMPLE,
                        measured,
                        measured.plus(Duration.ofDays(700)),
                        "test")));
  }

  private boolean shares(String candidate) {
    return shares(candidate, Instant.now());
  }

  private boolean shares(String candidate, Instant at) {
    return db.inTransaction(em -> new ShareStore(em).isShared(candidate, NORTHWIND, at));
  }

  private String storedHash(long id) {
    return query("select token_hash from bundle_invitation where id = " + id);
  }

  private String acceptedBy(String token) {
    return query(
        "select accepted_by from bundle_invitation where token_hash = '"
            + InvitationTokens.hashOf(token).orElseThrow()
            + "'");
  }

  private String query(String sql) {
    try (Connection c = source.getConnection();
        PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moves an invitation's creation and expiry back, as if it had been sent long ago. */
  private static DataSource dataSource(Database db, Database.Kind kind) {
    if (kind == Database.Kind.POSTGRESQL) {
      var pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(db.url());
      pg.setUser(db.user());
      return pg;
    }
    var h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    return h2;
  }
}
