package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLog;
import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportDashboard;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.passports.boundary.ReadinessComposite;
import io.skillspassport.passports.boundary.RoleReadiness;
import io.skillspassport.passports.boundary.RoleReadinessDetail;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.sharing.boundary.ShareEntry;
import io.skillspassport.sharing.boundary.ShareStatus;
import io.skillspassport.sharing.boundary.SharedPassport;
import io.skillspassport.sharing.boundary.SharedPassports;
import io.skillspassport.sharing.boundary.Sharing;
import io.skillspassport.sharing.boundary.ViewingDay;
import io.skillspassport.web.testing.ReadinessCases;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: the candidate's dashboard, readiness and gap analysis against the scoring
 * module, and sharing as the employer side sees it — granted while active, gone at once on
 * revocation, never across organisations, nothing through an expired share.
 */
@ExtendWith(ArquillianExtension.class)
class PassportsIT {

  private static final String ROLE = "ml-research-scientist";

  private static final List<String> FAMILIES =
      List.of(
          "COGNITIVE_REASONING",
          "AI_OUTPUT_EVALUATION",
          "DATA_ANALYSIS",
          "PYTHON_FUNDAMENTALS",
          "AI_COLLABORATION_LITERACY",
          "COMMUNICATION");

  @Deployment
  static WebArchive deployment() {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path))
        .addClasses(PassportsIT.class, PassportFixtures.class, TestCaller.class)
        .addClasses(ReadinessCases.class)
        .addAsResource("reference/readiness_cases.tsv")
        .addAsResource("reference/readiness_gaps.tsv");
  }

  @Inject TestCaller caller;

  @Inject PassportFixtures fixtures;

  @Inject Passports passports;

  @Inject Sharing sharing;

  @Inject SharedPassports shared;

  @Inject AuditLog audit;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void dashboardShowsUnmeasuredFamiliesAsMissing() {
    String candidate = unique("it-cand");
    fixtures.result(candidate, "DATA_ANALYSIS", 0.4, 0.35);
    caller.signIn(candidate, null, Caller.CANDIDATE);

    PassportDashboard dashboard = passports.dashboard();

    assertEquals(6, dashboard.families().size());
    assertEquals(1, dashboard.measuredCount());
    FamilyStanding data = standing(dashboard, "DATA_ANALYSIS");
    assertEquals(605, data.current().orElseThrow().score());
    assertEquals(26.25, data.current().orElseThrow().sem(), 1e-9);
    for (FamilyStanding f : dashboard.families()) {
      if (!f.code().equals("DATA_ANALYSIS")) {
        assertFalse(f.measured(), f.code() + " must be missing");
        assertTrue(f.current().isEmpty());
      }
    }
    assertTrue(dashboard.history().isEmpty());
  }

  @Test
  void aNewerResultMovesTheOlderOneToTheHistory() {
    String candidate = unique("it-cand");
    var old =
        fixtures.result(
            candidate,
            "COMMUNICATION",
            -0.5,
            0.4,
            java.time.Instant.now().minus(java.time.Duration.ofDays(30)),
            java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
    fixtures.result(candidate, "COMMUNICATION", 0.2, 0.3);
    caller.signIn(candidate, null, Caller.CANDIDATE);

    PassportDashboard dashboard = passports.dashboard();

    assertEquals(590, standing(dashboard, "COMMUNICATION").current().orElseThrow().score());
    assertEquals(1, dashboard.history().size());
    assertEquals(old.scaledScore(), dashboard.history().get(0).score());
  }

  @Test
  void anIncompletePassportListsTheMissingFamilyAndHasNoComposite() {
    String candidate = unique("it-cand");
    for (String family : FAMILIES) {
      if (!family.equals("PYTHON_FUNDAMENTALS")) {
        fixtures.result(candidate, family, 0.5, 0.3);
      }
    }
    caller.signIn(candidate, null, Caller.CANDIDATE);

    RoleReadiness readiness = readinessFor(passports.readiness(), ROLE);

    assertEquals(Verdict.INCOMPLETE, readiness.verdict());
    assertTrue(readiness.composite().isEmpty());
    assertEquals(1, readiness.missing().size());
    assertEquals("PYTHON_FUNDAMENTALS", readiness.missing().get(0).code());
    assertEquals("Python Fundamentals", readiness.missing().get(0).name());
    assertTrue(passports.roleDetail(ROLE).orElseThrow().gaps().isEmpty());
  }

  /**
   * A complete passport against {@code readiness_cases.tsv} case {@code passports-it} (computed by
   * {@code readiness_fixtures.py} from the brief's formulas and the guide's weights, not by the
   * scoring module): verdict, composite, 90% band, P(clears) and the gap analysis, through the
   * shipped role in the container. Tolerance 1e-6 points, 1e-9 for probabilities.
   */
  @Test
  void aCompletePassportGetsTheIndependentlyComputedReadiness() {
    String candidate = unique("it-cand");
    ReadinessCases.Case expected = ReadinessCases.of("passports-it");
    for (int i = 0; i < ReadinessCases.FAMILIES.size(); i++) {
      fixtures.scored(
          candidate, ReadinessCases.FAMILIES.get(i), expected.scores()[i], expected.sems()[i]);
    }
    caller.signIn(candidate, null, Caller.CANDIDATE);

    RoleReadinessDetail detail = passports.roleDetail(ROLE).orElseThrow();
    ReadinessComposite composite = detail.readiness().composite().orElseThrow();

    assertEquals(Verdict.valueOf(expected.verdict()), detail.readiness().verdict());
    assertEquals(expected.threshold(), detail.readiness().threshold());
    assertEquals(expected.composite(), composite.value(), 1e-6);
    assertEquals(expected.rounded(), composite.rounded());
    assertEquals(expected.sem(), composite.sem(), 1e-6);
    assertEquals(expected.band90Low(), composite.band90Low(), 1e-6);
    assertEquals(expected.band90High(), composite.band90High(), 1e-6);
    assertEquals(expected.probability(), composite.probabilityAtLeastThreshold(), 1e-9);
    assertEquals(expected.gaps().size(), detail.gaps().size());
    for (int i = 0; i < expected.gaps().size(); i++) {
      ReadinessCases.Gap want = expected.gaps().get(i);
      var got = detail.gaps().get(i);
      assertEquals(want.family(), got.familyCode());
      assertEquals(want.pointsNeededAlone(), got.pointsNeededAlone(), 1e-6);
      assertEquals(want.feasibleAlone(), got.feasibleAlone());
      assertEquals(want.probabilityGainPerPoint(), got.probabilityGainPerPoint(), 1e-12);
      assertEquals(want.weightedShortfall(), got.weightedShortfall(), 1e-6);
    }
    assertEquals(
        composite.value(),
        readinessFor(passports.readiness(), ROLE).composite().orElseThrow().value(),
        1e-12);
  }

  @Test
  void anUnknownRoleHasNoReadiness() {
    caller.signIn(unique("it-cand"), null, Caller.CANDIDATE);

    assertTrue(passports.roleDetail("no-such-role").isEmpty());
  }

  @Test
  void anEmployerCannotOpenTheCandidateDashboard() {
    caller.signIn(unique("it-emp"), "northwind-labs", Caller.EMPLOYER);

    assertThrows(AccessDenied.class, () -> passports.dashboard());
  }

  @Test
  void aShareIsSeenByItsOrganisationOnlyAndEndsAtOnceWhenRevoked() {
    String candidate = unique("it-cand");
    String orgA = unique("org-a");
    String orgB = unique("org-b");
    fixtures.organisation(orgA, "Org A " + orgA);
    fixtures.organisation(orgB, "Org B " + orgB);
    fixtures.result(candidate, "DATA_ANALYSIS", 0.4, 0.35);
    String employerA = unique("it-emp-a");
    String employerB = unique("it-emp-b");

    caller.signIn(employerA, orgA, Caller.EMPLOYER);
    assertFalse(shared.sharedCandidates().contains(candidate), "nothing is shared by default");

    caller.signIn(candidate, null, Caller.CANDIDATE);
    ShareEntry share = sharing.share(orgA, null);
    assertEquals(ShareStatus.ACTIVE, share.status());
    assertEquals(share.id(), sharing.share(orgA, null).id(), "sharing again keeps the share");

    caller.signIn(employerA, orgA, Caller.EMPLOYER);
    assertTrue(shared.sharedCandidates().contains(candidate));
    SharedPassport seen = shared.passportOf(candidate, "comparison of test bundle v1");
    assertEquals(1, seen.results().size());
    assertEquals(605, seen.results().get(0).score());
    assertEquals(1, audit.count(employerA, AuditAction.PASSPORT_VIEWED));

    caller.signIn(employerB, orgB, Caller.EMPLOYER);
    assertFalse(shared.sharedCandidates().contains(candidate));
    assertThrows(AccessDenied.class, () -> shared.passportOf(candidate, "peek"));
    assertEquals(1, audit.count(employerB, AuditAction.ACCESS_DENIED));

    caller.signIn(candidate, null, Caller.CANDIDATE);
    List<ViewingDay> viewings = sharing.viewedBy(0, 20).days();
    assertEquals(1, viewings.size());
    assertEquals("Org A " + orgA, viewings.get(0).organisationName());
    assertEquals(1, viewings.get(0).views());
    assertEquals(ShareStatus.REVOKED, sharing.revoke(share.id()).status());

    caller.signIn(employerA, orgA, Caller.EMPLOYER);
    assertFalse(shared.sharedCandidates().contains(candidate));
    assertThrows(AccessDenied.class, () -> shared.passportOf(candidate, "after revoke"));
    assertEquals(1, audit.count(employerA, AuditAction.ACCESS_DENIED));

    caller.signIn(candidate, null, Caller.CANDIDATE);
    assertEquals(ShareStatus.REVOKED, sharing.shares().get(0).status());
  }

  @Test
  void anExpiredShareGrantsNothing() {
    String candidate = unique("it-cand");
    String org = unique("org-x");
    fixtures.organisation(org, "Org X " + org);
    fixtures.result(candidate, "COMMUNICATION", 0.0, 0.3);
    long expired = fixtures.expiredShare(candidate, org);
    String employer = unique("it-emp");

    caller.signIn(employer, org, Caller.EMPLOYER);
    assertFalse(shared.sharedCandidates().contains(candidate));
    assertThrows(AccessDenied.class, () -> shared.passportOf(candidate, "comparison"));

    caller.signIn(candidate, null, Caller.CANDIDATE);
    ShareEntry entry = sharing.shares().get(0);
    assertEquals(expired, entry.id());
    assertEquals(ShareStatus.EXPIRED, entry.status());
    assertTrue(sharing.share(org, null).id() != expired, "an expired share is not reused");
  }

  @Test
  void someoneElsesShareCannotBeRevoked() {
    String owner = unique("it-cand");
    String org = unique("org-y");
    fixtures.organisation(org, "Org Y " + org);
    caller.signIn(owner, null, Caller.CANDIDATE);
    long id = sharing.share(org, null).id();
    String intruder = unique("it-cand");

    caller.signIn(intruder, null, Caller.CANDIDATE);
    assertThrows(AccessDenied.class, () -> sharing.revoke(id));
    assertEquals(1, audit.count(intruder, AuditAction.ACCESS_DENIED));

    caller.signIn(owner, null, Caller.CANDIDATE);
    assertEquals(ShareStatus.ACTIVE, sharing.shares().get(0).status());
  }

  @Test
  void sharingNeedsAKnownOrganisationAndAFutureDate() {
    String org = unique("org-z");
    fixtures.organisation(org, "Org Z " + org);
    caller.signIn(unique("it-cand"), null, Caller.CANDIDATE);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    var unknown =
        assertThrows(IllegalArgumentException.class, () -> sharing.share("no-such-org", null));
    assertTrue(unknown.getMessage().contains("no-such-org"));
    assertThrows(IllegalArgumentException.class, () -> sharing.share(org, today));
    assertTrue(sharing.shares().isEmpty());

    ShareEntry entry = sharing.share(org, today.plusDays(10));
    assertEquals(
        today.plusDays(11).atStartOfDay(ZoneOffset.UTC).toInstant(), entry.expiresAt().get());
    assertTrue(sharing.organisations().stream().anyMatch(o -> o.slug().equals(org)));
  }

  private static FamilyStanding standing(PassportDashboard dashboard, String code) {
    return dashboard.families().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static RoleReadiness readinessFor(List<RoleReadiness> all, String slug) {
    return all.stream().filter(r -> r.roleSlug().equals(slug)).findFirst().orElseThrow();
  }
}
