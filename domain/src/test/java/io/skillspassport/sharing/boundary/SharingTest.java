package io.skillspassport.sharing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.boundary.TestPassports;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sharing rules through the real stores on a migrated H2: nothing shared by default, an
 * organisation sees a passport only while a share of its own is active, revocation and expiry end
 * that at once, and nobody touches another candidate's share.
 */
class SharingTest {

  private Database db;
  private final SettableCaller caller = new SettableCaller();
  private final List<String> denials = new ArrayList<>();
  private final List<String> viewed = new ArrayList<>();

  @BeforeEach
  void freshDatabase() {
    db = Database.fresh(Database.Kind.H2);
    db.run(
        em -> {
          var organisations = new OrganisationStore(em);
          organisations.add(new EmployerOrganisation("northwind-labs", "Northwind Labs", ""));
          organisations.add(new EmployerOrganisation("helix-research", "Helix Research", ""));
          new FamilyStore(em)
              .add(
                  new AssessmentFamily(
                      "DATA_ANALYSIS", "data-analysis", "Data Analysis", "d", false, 1));
          Instant measured = Instant.now().minus(Duration.ofDays(1));
          new ResultStore(em)
              .add(
                  new FamilyResult(
                      "cara",
                      "DATA_ANALYSIS",
                      0.4,
                      0.35,
                      605,
                      26.25,
                      553,
                      657,
                      Provenance.IMPORTED,
                      measured,
                      measured.plus(Duration.ofDays(700)),
                      "test"));
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T asCandidate(String username, Function<Sharing, T> use) {
    caller.set(username, null, Caller.CANDIDATE);
    return db.inTransaction(em -> use.apply(sharing(em)));
  }

  private <T> T asEmployer(String organisation, Function<SharedPassports, T> use) {
    caller.set("emp-of-" + organisation, organisation, Caller.EMPLOYER);
    return db.inTransaction(em -> use.apply(sharedPassports(em)));
  }

  @Test
  void nothingIsSharedByDefault() {
    assertThat(asEmployer("northwind-labs", SharedPassports::sharedCandidates)).isEmpty();
    assertThat(asCandidate("cara", Sharing::shares)).isEmpty();
  }

  @Test
  void onlyTheOrganisationSharedWithSeesThePassportAndOnlyUntilItIsRevoked() {
    ShareEntry share = asCandidate("cara", s -> s.share("northwind-labs", null));
    assertThat(asCandidate("cara", s -> s.share("northwind-labs", null)).id())
        .isEqualTo(share.id());

    assertThat(asEmployer("northwind-labs", SharedPassports::sharedCandidates))
        .containsExactly("cara");
    SharedPassport seen = asEmployer("northwind-labs", p -> p.passportOf("cara", "comparison"));
    assertThat(seen.results()).extracting(r -> r.score()).containsExactly(605);
    assertThat(viewed).containsExactly("passport of cara");
    assertThat(asEmployer("helix-research", SharedPassports::sharedCandidates)).isEmpty();
    assertThatThrownBy(() -> asEmployer("helix-research", p -> p.passportOf("cara", "peek")))
        .isInstanceOf(AccessDenied.class);
    assertThat(denials).containsExactly("passport of cara");

    ViewingPage viewings = asCandidate("cara", s -> s.viewedBy(0, 20));
    assertThat(viewings.days())
        .containsExactly(new ViewingDay("Northwind Labs", LocalDate.now(ZoneOffset.UTC), 1));

    asCandidate("cara", s -> s.revoke(share.id()));

    assertThat(asEmployer("northwind-labs", SharedPassports::sharedCandidates)).isEmpty();
    assertThatThrownBy(() -> asEmployer("northwind-labs", p -> p.passportOf("cara", "again")))
        .isInstanceOf(AccessDenied.class);
    assertThat(asCandidate("cara", Sharing::shares))
        .extracting(ShareEntry::status)
        .containsExactly(ShareStatus.REVOKED);
  }

  @Test
  void sharingAgainWithAnActiveShareMovesItsEndEitherWay() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ShareEntry first = asCandidate("cara", s -> s.share("northwind-labs", today.plusDays(10)));

    ShareEntry later = asCandidate("cara", s -> s.share("northwind-labs", today.plusDays(40)));
    assertThat(later.id()).isEqualTo(first.id());
    assertThat(later.expiresAt())
        .contains(today.plusDays(41).atStartOfDay(ZoneOffset.UTC).toInstant());

    ShareEntry earlier = asCandidate("cara", s -> s.share("northwind-labs", today.plusDays(5)));
    assertThat(earlier.expiresAt())
        .contains(today.plusDays(6).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(asCandidate("cara", Sharing::shares))
        .filteredOn(e -> e.status() == ShareStatus.ACTIVE)
        .singleElement()
        .satisfies(e -> assertThat(e.expiresAt()).isEqualTo(earlier.expiresAt()));

    ShareEntry open = asCandidate("cara", s -> s.share("northwind-labs", null));
    assertThat(open.expiresAt()).isEmpty();
    assertThat(asEmployer("northwind-labs", SharedPassports::sharedCandidates))
        .containsExactly("cara");
  }

  @Test
  void employersSeeTheNameACandidateLastSharedUnderAndNothingOnceTheShareEnds() {
    asCandidateNamed("cara", "Cara Mendes", s -> s.share("northwind-labs", null));
    ShareEntry dev = asCandidateNamed("dev", " ", s -> s.share("northwind-labs", null));
    asCandidateNamed("ben", "Ben Adeyemi", s -> s.share("helix-research", null));

    assertThat(asEmployer("northwind-labs", SharedPassports::candidateNames))
        .as("a blank name falls back to the user name; another organisation's share is not listed")
        .containsExactly(entry("cara", "Cara Mendes"), entry("dev", "dev"));
    assertThat(viewed).as("names alone are no viewing").isEmpty();

    // Sharing again (the same share, its end moved) records the name the candidate now goes by.
    asCandidateNamed("cara", "Cara Mendes-Okafor", s -> s.share("northwind-labs", null));
    asCandidate("dev", s -> s.revoke(dev.id()));

    assertThat(asEmployer("northwind-labs", SharedPassports::candidateNames))
        .containsExactly(entry("cara", "Cara Mendes-Okafor"));
    caller.set("cara", null, Caller.CANDIDATE);
    assertThatThrownBy(() -> db.inTransaction(em -> sharedPassports(em).candidateNames()))
        .isInstanceOf(AccessDenied.class);
  }

  private <T> T asCandidateNamed(String who, String name, Function<Sharing, T> use) {
    caller.set(who, null, Caller.CANDIDATE);
    caller.named(name);
    return db.inTransaction(em -> use.apply(sharing(em)));
  }

  @Test
  void onlyACandidateWhoOnceSharedHasStoppedSharing() {
    ShareEntry share = asCandidate("cara", s -> s.share("northwind-labs", null));
    assertThat(
            asEmployer(
                "northwind-labs",
                (SharedPassports p) -> (Boolean) p.stoppedSharingWithCaller("cara")))
        .isFalse();

    asCandidate("cara", s -> s.revoke(share.id()));

    assertThat(
            asEmployer(
                "northwind-labs",
                (SharedPassports p) -> (Boolean) p.stoppedSharingWithCaller("cara")))
        .isTrue();
    assertThat(
            asEmployer(
                "helix-research",
                (SharedPassports p) -> (Boolean) p.stoppedSharingWithCaller("cara")))
        .isFalse();
    assertThat(
            asEmployer(
                "northwind-labs",
                (SharedPassports p) -> (Boolean) p.stoppedSharingWithCaller("nobody")))
        .isFalse();
    assertThat(viewed).isEmpty();
  }

  @Test
  void anExpiredShareGrantsNothingAndIsNotReused() {
    Instant now = Instant.now();
    long expired =
        db.inTransaction(
            em ->
                new ShareStore(em)
                    .add(
                        new PassportShare(
                            "cara",
                            "northwind-labs",
                            now.minus(Duration.ofDays(3)),
                            now.minus(Duration.ofDays(1))))
                    .id());

    assertThat(asEmployer("northwind-labs", SharedPassports::sharedCandidates)).isEmpty();
    assertThat(asCandidate("cara", Sharing::shares))
        .extracting(ShareEntry::status)
        .containsExactly(ShareStatus.EXPIRED);
    assertThat(asCandidate("cara", s -> s.share("northwind-labs", null)).id())
        .isNotEqualTo(expired);
  }

  @Test
  void someoneElsesShareCannotBeRevoked() {
    long id = asCandidate("cara", s -> s.share("northwind-labs", null)).id();

    assertThatThrownBy(() -> asCandidate("mallory", s -> s.revoke(id)))
        .isInstanceOf(AccessDenied.class);

    assertThat(denials).containsExactly("share " + id);
    assertThat(asCandidate("cara", Sharing::shares))
        .extracting(ShareEntry::status)
        .containsExactly(ShareStatus.ACTIVE);
  }

  @Test
  void aShareNeedsAKnownOrganisationAndAnEndDateInTheFuture() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    assertThatThrownBy(() -> asCandidate("cara", s -> s.share("nobody", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
    assertThatThrownBy(() -> asCandidate("cara", s -> s.share("northwind-labs", today)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("future");

    ShareEntry entry = asCandidate("cara", s -> s.share("northwind-labs", today.plusDays(1)));
    assertThat(entry.expiresAt())
        .contains(today.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  @Test
  void candidatesCannotReadSharedPassportsAndEmployersCannotShare() {
    caller.set("cara", null, Caller.CANDIDATE);
    assertThatThrownBy(() -> db.inTransaction(em -> sharedPassports(em).sharedCandidates()))
        .isInstanceOf(AccessDenied.class);
    caller.set("erin", "northwind-labs", Caller.EMPLOYER);
    assertThatThrownBy(() -> db.inTransaction(em -> sharing(em).shares()))
        .isInstanceOf(AccessDenied.class);
  }

  private Sharing sharing(EntityManager em) {
    Sharing sharing = new Sharing();
    sharing.clock = Clock.systemUTC();
    sharing.caller = caller;
    sharing.guard = guard();
    sharing.shares = new ShareStore(em);
    sharing.organisations = new ShareableOrganisations(new OrganisationStore(em));
    return sharing;
  }

  private SharedPassports sharedPassports(EntityManager em) {
    SharedPassports shared = new SharedPassports();
    shared.clock = Clock.systemUTC();
    shared.caller = caller;
    shared.guard = guard();
    shared.shares = new ShareStore(em);
    shared.results = TestPassports.currentResults(em, shared.guard);
    shared.log =
        new AuditTrail() {
          @Override
          public void record(AuditAction action, String target, String detail) {
            viewed.add(target);
          }
        };
    return shared;
  }

  /** The real guard, keeping the refusals it would have recorded in {@link #denials}. */
  private Guard guard() {
    return new Guard(caller) {
      @Override
      public AccessDenied refuse(String what, String reason, String message) {
        denials.add(what);
        return super.refuse(what, reason, message);
      }
    };
  }

  /** A caller the test switches between candidates and employers. */
  static final class SettableCaller implements Caller {
    private String username;
    private String organisation;
    private Set<String> roles = Set.of();
    private String displayName;

    void set(String username, String organisation, String... roles) {
      this.username = username;
      this.organisation = organisation;
      this.roles = Set.of(roles);
      this.displayName = username;
    }

    /** From now on the caller goes by {@code name} (as the ID token's name claim says). */
    void named(String name) {
      this.displayName = name;
    }

    @Override
    public boolean isSignedIn() {
      return username != null;
    }

    @Override
    public String username() {
      return username;
    }

    @Override
    public String displayName() {
      return displayName;
    }

    @Override
    public boolean hasRole(String role) {
      return roles.contains(role);
    }

    @Override
    public Optional<String> organisation() {
      return Optional.ofNullable(organisation);
    }
  }
}
