package io.skillspassport.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo admin edits the ML Research Scientist role in the browser, publishes it and sees the
 * public page change. Only the takeaway changes (a unique marker is appended), never the weights,
 * so tests that read the role's weights are not disturbed; the refused save changes nothing.
 */
@SystemTest
class RoleEditingIT {

  private static final String ROLE = "ml-research-scientist";

  /** Signs in and waits until the portal has shown the admin's landing page, the role list. */
  private static void signInAsAda(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/")
        .clickLogin()
        .signInAs(DemoUser.ADA_ADMIN)
        .expectDataPage("admin-roles");
  }

  @Test
  void editingTheTakeawayAndPublishingChangesThePublicPage(Browser browser, Portal portal) {
    signInAsAda(browser, portal);
    String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8);

    RoleEditorPage editor = RoleEditorPage.open(browser, portal, ROLE);
    String before = editor.takeaway();
    assertThat(before).contains("Python Fundamentals");
    RoleVersionsPage versions = editor.appendToTakeaway(" " + marker).publish();

    assertThat(versions.notice()).contains("Published version");
    int published = versions.numbers().get(0);
    assertThat(published).isGreaterThan(1);
    assertThat(versions.notice()).contains(Integer.toString(published));
    assertThat(versions.newestStatus()).isEqualTo("Published");
    assertThat(versions.newestRow()).contains("ada.admin");

    PortalPage role = PortalPage.open(browser, portal, "/roles/" + ROLE);
    assertThat(browser.find(By.id("takeaway")).getText()).contains(marker);
    assertThat(role.mainText()).contains("Version " + published);
  }

  @Test
  void aSavedDraftStaysOffThePublicPage(Browser browser, Portal portal) {
    signInAsAda(browser, portal);
    String marker = "draft-" + UUID.randomUUID().toString().substring(0, 8);

    RoleEditorPage editor =
        RoleEditorPage.open(browser, portal, ROLE).appendToTakeaway(" " + marker);
    editor = editor.save();

    assertThat(editor.messages()).contains("saved");
    assertThat(editor.takeaway()).endsWith(marker);
    PortalPage.open(browser, portal, "/roles/" + ROLE);
    assertThat(browser.find(By.id("takeaway")).getText()).doesNotContain(marker);
  }

  @Test
  void aRefusedSaveShowsTheProblemInItsRowKeepsTheFormAndSavesNothing(
      Browser browser, Portal portal) {
    signInAsAda(browser, portal);
    RoleEditorPage editor = RoleEditorPage.open(browser, portal, ROLE);
    int before = editor.adjacentRoles();

    editor = editor.addAdjacentRole();
    assertThat(editor.adjacentRoles()).isEqualTo(before + 1);
    editor = editor.fillAdjacentRole(before, "Some Role", "Not A Slug", "Differs").save();

    assertThat(editor.messages()).contains("not saved");
    assertThat(editor.adjacentRoleProblem(before)).contains("'Not A Slug'");
    for (int i = 0; i < before; i++) {
      assertThat(editor.adjacentRoleProblem(i)).as("row %d", i).isEmpty();
    }
    assertThat(editor.adjacentRoles()).isEqualTo(before + 1);
    assertThat(RoleEditorPage.open(browser, portal, ROLE).adjacentRoles()).isEqualTo(before);
  }
}
