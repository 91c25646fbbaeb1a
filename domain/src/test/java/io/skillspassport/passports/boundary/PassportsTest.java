package io.skillspassport.passports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.passports.entity.Provenance;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.scoring.readiness.FamilyScore;
import io.skillspassport.scoring.readiness.Readiness;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.ReadinessResult;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.scoring.readiness.WeightSet;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.testing.Database;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                    new FamilyStore(em),
                    new RoleStore(em),
                    new ItemStore(em),
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

  @Test
  void aCompletePassportGetsWhatTheScoringModuleComputes() {
    List<String> codes =
        List.of(
            "COGNITIVE_REASONING",
            "AI_OUTPUT_EVALUATION",
            "DATA_ANALYSIS",
            "PYTHON_FUNDAMENTALS",
            "AI_COLLABORATION_LITERACY",
            "COMMUNICATION");
    Map<String, FamilyScore> passport = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      FamilyResult r = add(codes.get(i), 1.0 - 0.3 * i, 0.3);
      passport.put(codes.get(i), FamilyScore.of(r.scaledScore(), r.sem()));
    }
    RoleVersion version =
        db.inTransaction(
            em -> new RoleStore(em).bySlug(ROLE).orElseThrow().latestPublished().orElseThrow());
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (RoleWeight w : version.weights()) {
      weights.put(w.familyCode(), w.relevance());
    }
    var expected =
        (ReadinessResult.Complete)
            Readiness.assess(
                passport,
                ReadinessCriteria.of(WeightSet.of(weights), version.readinessThreshold()));

    RoleReadinessDetail detail = call(p -> p.roleDetail(ROLE)).orElseThrow();

    ReadinessComposite c = detail.readiness().composite().orElseThrow();
    assertThat(detail.readiness().verdict()).isEqualTo(expected.verdict());
    assertThat(c.value()).isCloseTo(expected.composite(), within(1e-9));
    assertThat(c.sem()).isCloseTo(expected.compositeSem(), within(1e-9));
    assertThat(c.probabilityAtLeastThreshold())
        .isCloseTo(expected.probabilityAtLeastThreshold(), within(1e-12));
    assertThat(detail.gaps()).hasSize(expected.contributions().size());
    assertThat(detail.gaps().get(0).familyName()).isNotBlank();
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
  }

  private Passports passports(EntityManager em) {
    Passports passports = new Passports();
    passports.caller = caller();
    passports.audit =
        new AuditTrail() {
          @Override
          public void requireRole(String required, String what) {
            if (!required.equals(role)) {
              throw new AccessDenied(username + " needs " + required);
            }
          }
        };
    passports.results = new ResultStore(em);
    passports.families = new FamilyStore(em);
    passports.roles = new RoleStore(em);
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
