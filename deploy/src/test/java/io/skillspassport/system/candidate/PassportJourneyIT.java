package io.skillspassport.system.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cara's journey through her passport: the dashboard with six families (the unmeasured ones marked
 * as such, never as 300), the readiness detail of a role, and sharing with Northwind Labs followed
 * by a revocation that shows at once.
 *
 * <p>The share step needs the demo organisation in the portal's database. The harness starts the
 * portal on a fresh database, and the demo data tool cannot write to the H2 file the running portal
 * holds, so the test creates Northwind Labs as the demo admin would, through {@code
 * /admin/organisations} (idempotently); if that page is not there, the step is skipped, not failed.
 */
@SystemTest
class PassportJourneyIT {

  private static final String ORGANISATION = "northwind-labs";

  private static final String ROLE = "ml-research-scientist";

  private static PassportDashboardPage signInAsCara(Browser browser, Portal portal) {
    PortalPage landing =
        PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);
    assertThat(landing.path()).isEqualTo(PassportDashboardPage.PATH);
    return new PassportDashboardPage(browser, portal);
  }

  @Test
  void dashboardShowsSixFamiliesWithTheUnmeasuredOnesMarked(Browser browser, Portal portal) {
    PassportDashboardPage dashboard = signInAsCara(browser, portal);

    assertThat(dashboard.heading()).isEqualTo("Your Skills Passport");
    assertThat(dashboard.familyCardIds())
        .containsExactly(
            "score-cognitive-reasoning",
            "score-ai-output-evaluation",
            "score-data-analysis",
            "score-python-fundamentals",
            "score-ai-collaboration-literacy",
            "score-communication");
    assertThat(dashboard.missingFamilyCardIds()).isNotEmpty();
    for (String id : dashboard.missingFamilyCardIds()) {
      assertThat(dashboard.cardText(id)).contains("Not measured yet").doesNotContain("300");
    }
    assertThat(dashboard.hasChart()).isTrue();
    assertThat(dashboard.chartRowCount()).isEqualTo(6);
    assertThat(dashboard.chartRowsMarkedMissing())
        .isEqualTo(dashboard.missingFamilyCardIds().size());
    dashboard.saveScreenshot(
        Path.of(System.getProperty("repo.root", ".."))
            .resolve("deploy/target/screenshots/passport-dashboard.png"));
  }

  @Test
  void theReadinessDetailOfARoleOpensFromTheDashboard(Browser browser, Portal portal) {
    ReadinessDetailPage detail = signInAsCara(browser, portal).openReadinessOf(ROLE);

    assertThat(detail.dataPage()).isEqualTo("candidate-readiness");
    assertThat(detail.heading()).contains("ML Research Scientist");
    assertThat(detail.verdict()).isIn("Ready", "Borderline", "Not yet", "Incomplete");
    if (detail.verdict().equals("Incomplete")) {
      assertThat(detail.summaryText()).contains("Incomplete: missing");
    }
  }

  @Test
  void sharingWithNorthwindLabsIsListedAndRevokedAtOnce(Browser browser, Portal portal) {
    Assumptions.assumeTrue(
        DemoOrganisations.ensure(browser, portal, ORGANISATION, "Northwind Labs"),
        "the demo organisation northwind-labs is not in the system-test portal's database and"
            + " /admin/organisations could not create it, so the share step is skipped");
    SharingPage sharing = signInAsCara(browser, portal).openSharing();
    Assumptions.assumeTrue(
        sharing.organisationChoices().contains(ORGANISATION),
        "northwind-labs is not offered on the sharing page, so the share step is skipped");

    SharingPage shared = sharing.shareWith(ORGANISATION);
    assertThat(shared.statusesOf(ORGANISATION)).contains("active");
    assertThat(shared.messages()).anyMatch(m -> m.contains("Northwind Labs"));

    SharingPage revoked = shared.revokeActiveShareWith(ORGANISATION);
    assertThat(revoked.statusesOf(ORGANISATION)).contains("revoked").doesNotContain("active");
  }
}
