package io.skillspassport.system.employer;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A weight changes the ranking: Cara answers Python well and Communication badly, Dev the other way
 * round; both share with Northwind Labs; in Erin's bundle (Python and Communication only) the
 * family weighted more decides who ranks first.
 */
@SystemTest
class RankingChangeIT {

  static final String PYTHON = "PYTHON_FUNDAMENTALS";
  static final String COMMUNICATION = "COMMUNICATION";

  @Test
  void movingWeightFromPythonToCommunicationSwapsTheTopTwo(Browser browser, Portal portal) {
    ensureNorthwind(browser, portal);
    candidate(browser, portal, DemoUser.CARA_CANDIDATE, true);
    candidate(browser, portal, DemoUser.BEN_CANDIDATE, false);

    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ERIN_EMPLOYER);
    String name = "Python or talk " + UUID.randomUUID().toString().substring(0, 6);
    BundleEditorPage editor =
        BundleEditorPage.create(browser, portal, name, "ml-research-scientist");
    for (String family :
        List.of(
            "COGNITIVE_REASONING",
            "AI_OUTPUT_EVALUATION",
            "DATA_ANALYSIS",
            "AI_COLLABORATION_LITERACY")) {
      editor.include(family, false);
    }
    editor.setWeight(PYTHON, "1");
    editor.setWeight(COMMUNICATION, "0.05");
    assertThat(editor.save()).isEqualTo("Saved as version 2.");
    List<String> pythonFirst = editor.compare();

    editor.open();
    editor.setWeight(PYTHON, "0.05");
    editor.setWeight(COMMUNICATION, "1");
    assertThat(editor.save()).isEqualTo("Saved as version 3.");
    List<String> communicationFirst = editor.compare();

    String cara = DemoUser.CARA_CANDIDATE.username();
    String ben = DemoUser.BEN_CANDIDATE.username();
    assertThat(pythonFirst.indexOf(cara)).isLessThan(pythonFirst.indexOf(ben));
    assertThat(communicationFirst.indexOf(ben)).isLessThan(communicationFirst.indexOf(cara));
  }

  private static void ensureNorthwind(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.ADA_ADMIN);
    browser.open(portal.uri("/admin/organisations"));
    if (!browser.driver().getPageSource().contains("northwind-labs")) {
      browser.find(By.id("create:newSlug")).sendKeys("northwind-labs");
      browser.find(By.id("create:newName")).sendKeys("Northwind Labs");
      browser.waitForFullPageLoad(() -> browser.find(By.id("create:createOrganisation")).click());
    }
    PortalPage.open(browser, portal, "/").signOut();
  }

  /** Takes both samples (strong in Python, or strong in Communication) and shares. */
  private static void candidate(
      Browser browser, Portal portal, DemoUser user, boolean strongInPython) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(user);
    SamplePages samples = new SamplePages(browser, portal);
    samples.take("python-fundamentals", "python-fundamentals.json", 4, strongInPython);
    samples.take("communication", "communication.json", 4, !strongInPython);
    browser.open(portal.uri("/candidate/sharing"));
    if (!browser.has(By.cssSelector("li.sharing-share[data-organisation='northwind-labs']"))) {
      new Select(browser.find(By.id("share-form:organisation"))).selectByValue("northwind-labs");
      browser.waitForFullPageLoad(() -> browser.find(By.id("share-form:share")).click());
    }
    PortalPage.open(browser, portal, "/").signOut();
  }
}
