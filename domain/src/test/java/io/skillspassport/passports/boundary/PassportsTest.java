package io.skillspassport.passports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.assessments.boundary.TestFamilies;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.boundary.TestRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.ReadinessCases;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The passport dashboard and readiness through the real stores on a migrated H2 holding the shipped
 * families and the ML Research Scientist role: missing families stay missing, an incomplete
 * passport names what is missing, a complete one gets exactly what the scoring module computes.
 */
class PassportsTest {

  private static final String ROLE = "ml-research-scientist";

  private Database db;
  private String username = "cara";
  private String role = Caller.CANDIDATE;

  @BeforeEach
  void freshDatabase() {
    db = Database.fresh(Database.Kind.H2);
    db.run(
        em ->
            new ShippedContent(
                    new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
                    new ShippedRoles(new RoleStore(em)),
                    Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC),
                    PassportsTest.class.getClassLoader())
                .install());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private FamilyResult add(String family, double theta, double se, Instant measured) {
    var s = ReportingScale.standard().scale(theta, se);
    return db.inTransaction(
        em ->
            new ResultStore(em)
                .add(
                    new FamilyResult(
                        username,
                        family,
                        theta,
                        se,
                        s.reported(),
                        s.sem(),
                        s.bandLower(),
                        s.bandUpper(),
                        Provenance.SAMPLE,
                        measured,
                        measured.plus(Duration.ofDays(730)),
                        "test")));
  }

  private FamilyResult add(String family, double theta, double se) {
    return add(family, theta, se, Instant.now().minus(Duration.ofDays(1)));
  }

  /**
   * A result stored with a given reported score and SEM (the fixture's numbers, not scaled here).
   */
  private void addScored(String family, int score, double sem) {
    Instant measured = Instant.now().minus(Duration.ofDays(1));
    db.run(
        em ->
            new ResultStore(em)
                .add(
                    new FamilyResult(
                        username,
                        family,
                        (score - 575) / 75.0,
                        sem / 75,
                        score,
                        sem,
                        (int) Math.max(300, score - Math.ceil(1.96 * sem)),
                        (int) Math.min(850, score + Math.ceil(1.96 * sem)),
                        Provenance.SAMPLE,
                        measured,
                        measured.plus(Duration.ofDays(730)),
                        "test")));
  }

  private <T> T call(Function<Passports, T> use) {
    return db.inTransaction(em -> use.apply(passports(em)));
  }

  @Test
  void everyFamilyIsListedAndTheUnmeasuredOnesAreMissing() {
    add("DATA_ANALYSIS", 0.4, 0.35);

    PassportDashboard dashboard = call(Passports::dashboard);

    assertThat(dashboard.families()).hasSize(6);
    assertThat(dashboard.families())
        .filteredOn(FamilyStanding::measured)
        .extracting(FamilyStanding::code)
        .containsExactly("DATA_ANALYSIS");
    assertThat(dashboard.families())
        .filteredOn(f -> f.code().equals("DATA_ANALYSIS"))
        .first()
        .satisfies(f -> assertThat(f.current().orElseThrow().score()).isEqualTo(605));
    assertThat(dashboard.history()).isEmpty();
  }

  @Test
  void aSupersededResultIsHistory() {
    add("COMMUNICATION", -0.5, 0.4, Instant.now().minus(Duration.ofDays(40)));
    add("COMMUNICATION", 0.2, 0.3);

    PassportDashboard dashboard = call(Passports::dashboard);

    assertThat(dashboard.history()).extracting(PassportResult::score).containsExactly(538);
    assertThat(dashboard.measuredCount()).isEqualTo(1);
  }

  @Test
  void anIncompletePassportNamesTheMissingFamiliesAndHasNoComposite() {
    add("DATA_ANALYSIS", 0.4, 0.35);

    RoleReadiness readiness =
        call(Passports::readiness).stream()
            .filter(r -> r.roleSlug().equals(ROLE))
            .findFirst()
            .orElseThrow();

    assertThat(readiness.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(readiness.composite()).isEmpty();
    assertThat(readiness.missing())
        .hasSize(5)
        .extracting(MissingFamily::code)
        .doesNotContain("DATA_ANALYSIS");
    assertThat(readiness.anySampleAvailable()).isTrue();
  }

  /**
   * A complete passport against {@code readiness_cases.tsv} case {@code passports-test}: composite,
   * SEM, 90% band, P(clears), verdict and the gap analysis computed by {@code
   * readiness_fixtures.py} from the brief's formulas and the guide's weights, not by the scoring
   * module. Tolerance 1e-6 points, 1e-9 for probabilities (the fixture prints 9 decimals).
   */
  @Test
  void aCompletePassportGetsTheIndependentlyComputedReadiness() {
    ReadinessCases.Case expected = ReadinessCases.of("passports-test");
    for (int i = 0; i < ReadinessCases.FAMILIES.size(); i++) {
      addScored(ReadinessCases.FAMILIES.get(i), expected.scores()[i], expected.sems()[i]);
    }

    RoleReadinessDetail detail = call(p -> p.roleDetail(ROLE)).orElseThrow();

    ReadinessComposite c = detail.readiness().composite().orElseThrow();
    assertThat(detail.readiness().verdict()).isEqualTo(Verdict.valueOf(expected.verdict()));
    assertThat(detail.readiness().threshold()).isEqualTo(expected.threshold());
    assertThat(c.value()).isCloseTo(expected.composite(), within(1e-6));
    assertThat(c.rounded()).isEqualTo(expected.rounded());
    assertThat(c.sem()).isCloseTo(expected.sem(), within(1e-6));
    assertThat(c.band90Low()).isCloseTo(expected.band90Low(), within(1e-6));
    assertThat(c.band90High()).isCloseTo(expected.band90High(), within(1e-6));
    assertThat(c.probabilityAtLeastThreshold()).isCloseTo(expected.probability(), within(1e-9));
    assertThat(detail.gaps())
        .extracting(FamilyGapEntry::familyCode)
        .containsExactlyElementsOf(
            expected.gaps().stream().map(ReadinessCases.Gap::family).toList());
    for (int i = 0; i < expected.gaps().size(); i++) {
      ReadinessCases.Gap want = expected.gaps().get(i);
      FamilyGapEntry got = detail.gaps().get(i);
      assertThat(got.normalisedWeight()).isCloseTo(want.normalisedWeight(), within(1e-12));
      assertThat(got.pointsNeededAlone()).isCloseTo(want.pointsNeededAlone(), within(1e-6));
      assertThat(got.feasibleAlone()).isEqualTo(want.feasibleAlone());
      assertThat(got.probabilityGainPerPoint())
          .isCloseTo(want.probabilityGainPerPoint(), within(1e-12));
      assertThat(got.weightedShortfall()).isCloseTo(want.weightedShortfall(), within(1e-6));
      assertThat(got.familyName()).isNotBlank();
    }
  }

  /** {@code readiness_cases.tsv} case {@code not-yet}: C + 1.645·SEM_C = 538.56 < 650. */
  @Test
  void aPassportFarBelowTheThresholdIsNotYet() {
    ReadinessCases.Case expected = ReadinessCases.of("not-yet");
    for (int i = 0; i < ReadinessCases.FAMILIES.size(); i++) {
      addScored(ReadinessCases.FAMILIES.get(i), expected.scores()[i], expected.sems()[i]);
    }

    RoleReadiness readiness =
        call(Passports::readiness).stream()
            .filter(r -> r.roleSlug().equals(ROLE))
            .findFirst()
            .orElseThrow();

    assertThat(readiness.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(readiness.composite().orElseThrow().value())
        .isCloseTo(expected.composite(), within(1e-6));
    assertThat(readiness.composite().orElseThrow().probabilityAtLeastThreshold())
        .isCloseTo(expected.probability(), within(1e-12));
    assertThat(readiness.missing()).isEmpty();
  }

  @Test
  void theOverviewIsTheDashboardAndTheReadinessOfOneReading() {
    ReadinessCases.Case expected = ReadinessCases.of("passports-test");
    for (int i = 0; i < ReadinessCases.FAMILIES.size(); i++) {
      addScored(ReadinessCases.FAMILIES.get(i), expected.scores()[i], expected.sems()[i]);
    }
    add("COMMUNICATION", -0.5, 0.4, Instant.now().minus(Duration.ofDays(40)));
    long first = add("DATA_ANALYSIS", 1.9, 0.3).id();
    long second = add("DATA_ANALYSIS", 1.8, 0.3).id();
    db.run(
        em -> {
          var store = new ResultStore(em);
          store.byId(first).orElseThrow().withdraw(Instant.now().minusSeconds(60), "ada", "copied");
          store.byId(second).orElseThrow().withdraw(Instant.now(), "ada", "leaked items");
        });

    PassportOverview overview = call(Passports::overview);

    PassportDashboard dashboard = call(Passports::dashboard);
    assertThat(overview.dashboard().families()).isEqualTo(dashboard.families());
    assertThat(overview.dashboard().history()).isEqualTo(dashboard.history()).hasSize(1);
    assertThat(overview.readiness()).isEqualTo(call(Passports::readiness)).isNotEmpty();
    assertThat(overview.withdrawn())
        .as("the withdrawn results, newest withdrawal first, as the withdrawals list")
        .isEqualTo(call(Passports::withdrawals))
        .extracting(WithdrawnResult::id, WithdrawnResult::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second, "leaked items"),
            org.assertj.core.groups.Tuple.tuple(first, "copied"));
    RoleReadiness role =
        overview.readiness().stream()
            .filter(r -> r.roleSlug().equals(ROLE))
            .findFirst()
            .orElseThrow();
    assertThat(role.composite()).isPresent();
    assertThat(role.verdict()).isEqualTo(Verdict.valueOf(expected.verdict()));
  }

  @Test
  void anUnknownRoleHasNoDetail() {
    Optional<RoleReadinessDetail> detail = call(p -> p.roleDetail("no-such-role"));

    assertThat(detail).isEmpty();
  }

  @Test
  void onlyCandidatesHaveAPassport() {
    role = Caller.EMPLOYER;

    assertThatThrownBy(() -> call(Passports::dashboard)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(Passports::overview)).isInstanceOf(AccessDenied.class);
  }

  private Passports passports(EntityManager em) {
    Passports passports = new Passports();
    passports.clock = Clock.systemUTC();
    passports.caller = caller();
    passports.guard = new Guard(passports.caller);
    passports.results = new ResultStore(em);
    passports.families = TestFamilies.of(em);
    passports.roles = TestRoles.of(em);
    return passports;
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
        return username;
      }

      @Override
      public boolean hasRole(String r) {
        return r.equals(role);
      }

      @Override
      public Optional<String> organisation() {
        return Optional.empty();
      }
    };
  }
}
