package io.skillspassport.system.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.AdaptiveAnswers;
import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page of every audience, at 1366 px and at 390 px, passes axe-core's WCAG 2.1 A and AA rules
 * with no violation, and no page is wider than a 390 px phone ({@link AxeAudit}).
 *
 * <p>One browser session per audience (one test method each), the viewport changed in place rather
 * than the browser restarted. Each audience arranges its own data: a freshly registered candidate
 * (so nothing another test did changes what is audited), the demo employer Erin with a new bundle
 * that a fresh candidate shares with, the demo admin Ada. Nothing depends on which items the
 * adaptive test serves: the answers come from {@link AdaptiveAnswers}, which picks among the item's
 * own options.
 *
 * <p>The pages are listed in one table per audience ({@link Visit}); a new page is one more line.
 * Placeholders in braces ({@code {bundle}}) are filled from what the walk created.
 *
 * <p>Screenshots of the candidate passport, the comparison and the role editor, at both widths, are
 * written to {@code deploy/target/screenshots/} on every run.
 */
@SystemTest
class AccessibilityIT {

  private static final String ORGANISATION = "northwind-labs";
  private static final String ROLE = "ml-research-scientist";
  private static final String FAMILY = "python-fundamentals";
  private static final String EXERCISE = "RESEARCH_DESIGN";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /**
   * One page to audit: its path (placeholders in braces), the {@code data-page} of its {@code
   * <main>} (empty for pages without one), or the error status its error section must carry, so a
   * page that silently failed to load cannot pass as audited.
   */
  record Visit(String path, String dataPage, String errorStatus, String screenshot) {
    static Visit page(String path, String dataPage) {
      return new Visit(path, dataPage, "", "");
    }

    static Visit error(String path, String status) {
      return new Visit(path, "", status, "");
    }

    Visit screenshot(String fileStem) {
      return new Visit(path, dataPage, errorStatus, fileStem);
    }
  }

  /** Anyone, signed out. */
  static final List<Visit> PUBLIC =
      List.of(
          Visit.page("/", ""),
          Visit.page("/roles", ""),
          Visit.page("/roles/" + ROLE, ""),
          Visit.page("/assessments", ""),
          Visit.page("/methodology", "methodology"),
          Visit.page("/passport-explained", ""),
          Visit.page("/verify", "verify"),
          Visit.error("/no-such-page", "404"));

  /** A candidate with one scored result, sharing with Northwind Labs. */
  static final List<Visit> CANDIDATE =
      List.of(
          Visit.page("/candidate/passport", "candidate-passport").screenshot("candidate-passport"),
          Visit.page("/candidate/readiness?role=" + ROLE, "candidate-readiness"),
          Visit.page("/candidate/sharing", "candidate-sharing"),
          Visit.page("/candidate/assessments", "candidate-assessments"),
          Visit.page("/candidate/credentials", "candidate-credentials"),
          Visit.page("{result}", "candidate-result"),
          Visit.error("/admin/roles", "403"));

  /** Erin, with a bundle from the role and one candidate sharing with her organisation. */
  static final List<Visit> EMPLOYER =
      List.of(
          Visit.page("/employer/bundles", "employer-bundles"),
          Visit.page("/employer/invitations?bundle={bundle}", "employer-invitations"),
          Visit.page("/employer/bundle?id={bundle}", "employer-bundle"),
          Visit.page("/employer/compare?bundle={bundle}", "employer-compare")
              .screenshot("employer-compare"),
          Visit.page(
              "/employer/side-by-side?bundle={bundle}&version={version}&c={candidate}",
              "employer-side-by-side"),
          Visit.page("/employer/exercise-ratings?bundle={bundle}", "employer-exercise-ratings"),
          Visit.page(
              "/employer/exercise-ratings?bundle={bundle}&candidate={candidate}&kind=" + EXERCISE,
              "employer-exercise-ratings"),
          Visit.page("/employer/exercise-agreement?bundle={bundle}", "employer-exercise-agreement"),
          Visit.page(
              "/employer/bundle-rubric?bundle={bundle}&kind=" + EXERCISE,
              "employer-bundle-rubric"));

  /** Ada. */
  static final List<Visit> ADMIN =
      List.of(
          Visit.page("/admin/roles", "admin-roles"),
          Visit.page("/admin/role-editor?slug=" + ROLE, "admin-role-editor")
              .screenshot("admin-role-editor"),
          Visit.page("/admin/role-versions?slug=" + ROLE, "admin-role-versions"),
          Visit.page("/admin/role-preview?slug=" + ROLE, "admin-role-preview"),
          Visit.page("/admin/assessments", "admin-assessments"),
          Visit.page("/admin/assessments?family=PYTHON_FUNDAMENTALS", "admin-assessments"),
          Visit.page("/admin/calibration?family=PYTHON_FUNDAMENTALS", "admin-calibration"),
          Visit.page("/admin/organisations", "admin-organisations"),
          Visit.page("/admin/audit", "admin-audit"),
          Visit.page("/admin/rubrics", "admin-rubrics"),
          Visit.page("/admin/rubric-editor?kind=" + EXERCISE, "admin-rubric-editor"),
          Visit.page("/admin/engines", "admin-engines"),
          Visit.page("/admin/results", "admin-results"),
          Visit.page(
              "/admin/results?candidate=" + DemoUser.CARA_CANDIDATE.username(), "admin-results"));

  @Test
  void publicPagesAndKeycloakSignInAndRegistration(Browser browser, Portal portal) {
    try (AxeAudit audit = AxeAudit.start(browser)) {
      walk(browser, portal, audit, PUBLIC, Map.of());

      PortalPage.open(browser, portal, "/").clickLogin();
      audit.checkAndSave("Keycloak sign-in", screenshotsDir(), "keycloak-sign-in");
      browser.waitForFullPageLoad(() -> browser.find(By.cssSelector("#kc-registration a")).click());
      browser.waitFor(By.id("kc-register-form"));
      audit.checkAndSave("Keycloak registration", screenshotsDir(), "keycloak-registration");

      assertThat(audit.findings()).as(audit.report()).isEmpty();
    }
  }

  @Test
  void candidatePages(Browser browser, Portal portal) {
    ensureOrganisation(browser, portal);
    try (AxeAudit audit = AxeAudit.start(browser)) {
      PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("a11y");
      Map<String, String> values = new HashMap<>();
      values.put("result", AxeAudit.pathOf(takeAnAssessment(browser, portal, audit)));
      share(browser, portal);

      walk(browser, portal, audit, CANDIDATE, values);

      assertThat(audit.findings()).as(audit.report()).isEmpty();
    }
  }

  @Test
  void employerPages(Browser browser, Portal portal) {
    ensureOrganisation(browser, portal);
    String candidate =
        PortalPage.open(browser, portal, "/").clickLogin().registerNewCandidate("a11y-shared");
    share(browser, portal);
    PortalPage.open(browser, portal, "/").signOut();

    try (AxeAudit audit = AxeAudit.start(browser)) {
      PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
      Map<String, String> values = new HashMap<>();
      values.put("candidate", candidate);
      values.put("bundle", Long.toString(createBundle(browser, portal)));
      browser.open(portal.uri("/employer/compare?bundle=" + values.get("bundle")));
      values.put(
          "version",
          browser
              .find(By.cssSelector("form.comparison-form input[name=version]"))
              .getDomProperty("value"));

      walk(browser, portal, audit, EMPLOYER, values);
      // An excluded family is drawn muted: it must still be readable (axe color-contrast).
      browser.open(portal.uri("/employer/bundle?id=" + values.get("bundle")));
      browser.find(By.cssSelector("input[data-include-for='COGNITIVE_REASONING']")).click();
      browser.waitFor(By.cssSelector("tr.family-row.excluded"));
      audit.check("/employer/bundle (one family excluded)");

      assertThat(audit.findings()).as(audit.report()).isEmpty();
    }
  }

  @Test
  void adminPages(Browser browser, Portal portal) {
    try (AxeAudit audit = AxeAudit.start(browser)) {
      PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);

      walk(browser, portal, audit, ADMIN, Map.of());

      assertThat(audit.findings()).as(audit.report()).isEmpty();
    }
  }

  /** Opens every page of the table, checks it is the page meant, and audits it. */
  private static void walk(
      Browser browser,
      Portal portal,
      AxeAudit audit,
      List<Visit> visits,
      Map<String, String> values) {
    Path screenshots = screenshotsDir();
    for (Visit visit : visits) {
      String path = fill(visit.path(), values);
      PortalPage page = PortalPage.open(browser, portal, path);
      assertThat(page.isOnPortal()).as("%s stays on the portal", path).isTrue();
      assertThat(page.hasSiteHeader()).as("%s has the site layout", path).isTrue();
      assertThat(page.errorStatus().orElse(""))
          .as("error status of %s", path)
          .isEqualTo(visit.errorStatus());
      assertThat(page.dataPage().orElse(""))
          .as("data-page of %s", path)
          .isEqualTo(visit.dataPage());
      if (visit.screenshot().isEmpty()) {
        audit.check(path);
      } else {
        audit.checkAndSave(path, screenshots, visit.screenshot());
      }
    }
  }

  private static String fill(String path, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(path);
    var filled = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("no value for {" + m.group(1) + "} in " + path);
      }
      m.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /**
   * Starts the Python Fundamentals test, audits its first item, answers nine items (eight scored
   * and at most one unscored pretest item: enough for a score) and ends the test; returns the
   * result page's address. If the test ends by itself sooner, its result page is just as good.
   */
  private static String takeAnAssessment(Browser browser, Portal portal, AxeAudit audit) {
    AdaptiveAnswers answers = AdaptiveAnswers.forBank(FAMILY, 16, 0.6);
    browser.open(portal.uri("/candidate/assessments"));
    browser.waitForFullPageLoad(
        () -> browser.find(By.cssSelector("li#sample-" + FAMILY + " input[type=submit]")).click());
    browser.waitFor(By.cssSelector("main[data-page='candidate-take'] #sample-counter"));
    audit.check("/candidate/take (first item)");
    for (int answered = 0; answered < 9; answered++) {
      String stem = browser.find(By.id("sample-stem")).getText();
      List<String> options =
          browser.driver().findElements(By.cssSelector("#item-form .sample-options label")).stream()
              .map(WebElement::getText)
              .toList();
      int choice = answers.choose(stem, options);
      browser
          .driver()
          .findElements(By.cssSelector("#item-form input[type=radio]"))
          .get(choice)
          .click();
      browser.waitForFullPageLoad(() -> browser.find(By.id("item-form:next")).click());
      if (!browser.has(By.cssSelector("main[data-page='candidate-take']"))) {
        break;
      }
    }
    if (browser.has(By.cssSelector("main[data-page='candidate-take']"))) {
      browser.find(By.cssSelector("details.sample-end-details summary")).click();
      audit.check("/candidate/take (end-early disclosure open)");
      browser.waitForFullPageLoad(() -> browser.find(By.id("end-form:end-now")).click());
    }
    browser.waitFor(By.cssSelector("main[data-page='candidate-result'] h1"));
    return browser.currentUrl();
  }

  /** The signed-in candidate shares the passport with Northwind Labs. */
  private static void share(Browser browser, Portal portal) {
    browser.open(portal.uri("/candidate/sharing"));
    new Select(browser.find(By.id("share-form:organisation"))).selectByValue(ORGANISATION);
    browser.waitForFullPageLoad(() -> browser.find(By.id("share-form:share")).click());
    browser.waitFor(By.cssSelector("li.sharing-share[data-organisation='" + ORGANISATION + "']"));
  }

  /** Erin creates a bundle from the role's published weights; returns its id. */
  private static long createBundle(Browser browser, Portal portal) {
    browser.open(portal.uri("/employer/bundles"));
    WebElement name = browser.find(By.id("create:name"));
    name.clear();
    name.sendKeys("Accessibility " + UUID.randomUUID().toString().substring(0, 6));
    new Select(browser.find(By.id("create:from"))).selectByValue(ROLE);
    browser.waitForFullPageLoad(() -> browser.find(By.id("create:createBundle")).click());
    browser.waitFor(By.cssSelector("form[data-bundle-editor]"));
    Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.currentUrl());
    if (!id.find()) {
      throw new IllegalStateException("no bundle id in " + browser.currentUrl());
    }
    return Long.parseLong(id.group(1));
  }

  /**
   * Ada creates Northwind Labs through {@code /admin/organisations} unless it is listed, then signs
   * out. Idempotent, so the order of test classes does not matter.
   */
  private static void ensureOrganisation(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);
    browser.open(portal.uri("/admin/organisations"));
    browser.waitFor(By.cssSelector("main[data-page='admin-organisations']"));
    By slugs = By.cssSelector("main section.organisation .slug");
    if (browser.driver().findElements(slugs).stream()
        .noneMatch(e -> e.getText().strip().equals(ORGANISATION))) {
      WebElement slug = browser.find(By.id("create:newSlug"));
      slug.sendKeys(ORGANISATION);
      browser.find(By.id("create:newName")).sendKeys("Northwind Labs");
      browser.waitForFullPageLoad(() -> browser.find(By.id("create:createOrganisation")).click());
    }
    PortalPage.open(browser, portal, "/").signOut();
  }

  private static Path screenshotsDir() {
    return Path.of(
        System.getProperty(
            "screenshots.dir",
            Path.of(System.getProperty("repo.root", ".."))
                .resolve("deploy/target/screenshots")
                .toString()));
  }
}
