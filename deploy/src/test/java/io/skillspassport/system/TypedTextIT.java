package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Text is stored as typed: what a person types into any form that stores text — "— é ’ ∑ 漢字 🙂", a
 * dash, accents, a curly quote, mathematics, CJK and an emoji outside the Basic Multilingual Plane
 * — is what every later page shows. The forms are posted as a browser posts them ({@code
 * application/x-www-form-urlencoded}, UTF-8, no charset parameter) through the real portal and
 * Keycloak sign-in; each test creates the records it reads back.
 */
@SystemTest
class TypedTextIT {

  static final String TYPED = "— é ’ ∑ 漢字 🙂";

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aBundleNameIsStoredAsTyped(Portal portal) {
    HttpSession erin = HttpSession.signedIn(portal, DemoUser.ERIN_EMPLOYER).session();
    String name = TYPED + " bundle " + unique();

    var created =
        FacesForm.of(erin.get("/employer/bundles").document(), "create")
            .set("create:name", name)
            .submit(erin, "create:createBundle");

    assertThat(created.last().statusCode()).as(created.toString()).isEqualTo(200);
    assertThat(created.document().select("h1").text()).contains(name);
    assertThat(erin.get("/employer/bundles").document().text()).contains(name);
  }

  @Test
  void anOrganisationNameIsStoredAsTypedAndShownToCandidatesWhenSharing(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    String id = unique();
    String name = TYPED + " Labs " + id;
    String description = "Description " + TYPED;

    var created =
        FacesForm.of(ada.get("/admin/organisations").document(), "create")
            .set("create:newSlug", "utf-" + id)
            .set("create:newName", name)
            .set("create:newDescription", description)
            .submit(ada, "create:createOrganisation");

    assertThat(created.last().statusCode()).as(created.toString()).isEqualTo(200);
    Document organisations = ada.get("/admin/organisations").document();
    assertThat(organisations.select("section.organisation h2").eachText())
        .anySatisfy(h -> assertThat(h).startsWith(name));
    assertThat(organisations.select("textarea").eachText()).contains(description);

    HttpSession ben = HttpSession.signedIn(portal, DemoUser.BEN_CANDIDATE).session();
    Document sharing = ben.get("/candidate/sharing").document();
    Element option =
        sharing.select("option").stream()
            .filter(o -> o.val().equals("utf-" + id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option utf-" + id));
    assertThat(option.text()).isEqualTo(name);
    var shared =
        FacesForm.of(sharing, "share-form")
            .set(FacesForm.of(sharing, "share-form").nameEnding(":organisation"), "utf-" + id)
            .submit(ben, "share-form:share");
    assertThat(shared.last().statusCode()).as(shared.toString()).isEqualTo(200);
    assertThat(ben.get("/candidate/sharing").document().select("#shares-form").text())
        .contains(name);
  }

  @Test
  void roleContentIsStoredAsTypedAndSavingAgainChangesNothing(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    String slug = "utf-role-" + unique();
    var created =
        FacesForm.of(ada.get("/admin/roles").document(), "create")
            .set("create:newSlug", slug)
            .set("create:newTitle", "Role " + TYPED)
            .submit(ada, "create:createRole");
    assertThat(created.last().statusCode()).as(created.toString()).isEqualTo(200);
    String editorPath = "/admin/role-editor?slug=" + slug;

    FacesForm editor =
        FacesForm.of(ada.get(editorPath).document(), "editor")
            .set("editor:headline", "Headline " + TYPED)
            .set("editor:summary", "Summary " + TYPED)
            .set("editor:overview", "Overview " + TYPED + "\n\nSecond paragraph ’quoted’.");
    var saved = editor.submit(ada, "editor:save");
    assertThat(saved.last().statusCode()).as(saved.toString()).isEqualTo(200);

    FacesForm reloaded = FacesForm.of(ada.get(editorPath).document(), "editor");
    assertThat(reloaded.value("editor:title")).isEqualTo("Role " + TYPED);
    assertThat(reloaded.value("editor:headline")).isEqualTo("Headline " + TYPED);
    assertThat(reloaded.value("editor:summary")).isEqualTo("Summary " + TYPED);
    assertThat(reloaded.value("editor:overview"))
        .isEqualTo("Overview " + TYPED + "\n\nSecond paragraph ’quoted’.");

    // Saving the unchanged form must give back exactly the same fields (issue 14: one save
    // re-encoded every text field of the role).
    var savedAgain = reloaded.submit(ada, "editor:save");
    assertThat(savedAgain.last().statusCode()).isEqualTo(200);
    FacesForm afterSecondSave = FacesForm.of(ada.get(editorPath).document(), "editor");
    assertThat(afterSecondSave.fields())
        .containsAllEntriesOf(withoutViewState(reloaded))
        .hasSameSizeAs(reloaded.fields());
    assertThat(ada.get("/admin/role-preview?slug=" + slug).document().text())
        .contains("Role " + TYPED)
        .contains("Overview " + TYPED);
  }

  @Test
  void familyTextsAreStoredAsTyped(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    Row family =
        row(ada.get("/admin/assessments").document(), "families", familyCard("DATA_ANALYSIS"));
    String original = family.form().value(family.description());
    String typed = original + " " + TYPED;
    try {
      var saved = family.form().set(family.description(), typed).submit(ada, family.button());
      assertThat(saved.last().statusCode()).as(saved.toString()).isEqualTo(200);

      Row reloaded =
          row(ada.get("/admin/assessments").document(), "families", familyCard("DATA_ANALYSIS"));
      assertThat(reloaded.form().value(reloaded.description())).isEqualTo(typed);
      assertThat(HttpSession.anonymous(portal).get("/assessments").document().text())
          .contains(TYPED);
    } finally {
      Row restore =
          row(ada.get("/admin/assessments").document(), "families", familyCard("DATA_ANALYSIS"));
      restore.form().set(restore.description(), original).submit(ada, restore.button());
    }
  }

  @Test
  void anOrganisationsDescriptionEditedInItsListIsStoredAsTyped(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    String slug = "edit-" + unique();
    FacesForm.of(ada.get("/admin/organisations").document(), "create")
        .set("create:newSlug", slug)
        .set("create:newName", "Edited " + slug)
        .submit(ada, "create:createOrganisation");
    String description = "Edited in the list " + TYPED;

    Row organisation =
        row(ada.get("/admin/organisations").document(), "organisations", organisationCard(slug));
    var saved =
        organisation
            .form()
            .set(organisation.description(), description)
            .submit(ada, organisation.button());

    assertThat(saved.last().statusCode()).as(saved.toString()).isEqualTo(200);
    Row reloaded =
        row(ada.get("/admin/organisations").document(), "organisations", organisationCard(slug));
    assertThat(reloaded.form().value(reloaded.description())).isEqualTo(description);
  }

  @Test
  void anItemIsStoredAsTyped(Portal portal) {
    HttpSession ada = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    String code = "UTF-" + unique();
    Document bank = ada.get("/admin/assessments?family=DATA_ANALYSIS").document();

    var added =
        FacesForm.of(bank, "addItem")
            .set("addItem:code", code)
            .set("addItem:stem", "Which is " + TYPED + "?")
            .set("addItem:option1", "é")
            .set("addItem:option2", "漢字 🙂")
            .set("addItem:correct", "2")
            .set("addItem:explanation", "Because " + TYPED)
            .set("addItem:newA", "1.1")
            .set("addItem:newB", "0.2")
            .submit(ada, "addItem:add");

    assertThat(added.last().statusCode()).as(added.toString()).isEqualTo(200);
    Document reloaded = ada.get("/admin/assessments?family=DATA_ANALYSIS").document();
    Element row =
        reloaded.select("tr").stream()
            .filter(tr -> tr.text().contains(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + code));
    assertThat(row.text()).contains("Which is " + TYPED + "?");
  }

  /**
   * One row of a list edited in one form ({@code formId}): the form, and the full names of the
   * row's description field and save button.
   */
  private record Row(FacesForm form, String description, String button) {}

  private static Row row(
      Document page, String formId, java.util.function.Predicate<Element> which) {
    Element card =
        page.select("#" + formId + " section.card").stream()
            .filter(which)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no such row in form#" + formId));
    return new Row(
        FacesForm.of(page, formId),
        card.selectFirst("textarea").attr("name"),
        card.selectFirst("input[type=submit]").attr("name"));
  }

  private static java.util.function.Predicate<Element> familyCard(String code) {
    return card -> card.select("h3 .slug").text().equals(code);
  }

  private static java.util.function.Predicate<Element> organisationCard(String slug) {
    return card -> card.select("h2 .slug").text().equals(slug);
  }

  private static java.util.Map<String, String> withoutViewState(FacesForm form) {
    var fields = new java.util.HashMap<>(form.fields());
    fields.remove("jakarta.faces.ViewState");
    return fields;
  }
}
