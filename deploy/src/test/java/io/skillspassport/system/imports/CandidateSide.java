package io.skillspassport.system.imports;

import io.skillspassport.system.FacesForm;
import io.skillspassport.system.HttpSession;
import io.skillspassport.system.KeycloakAdmin;
import io.skillspassport.system.Portal;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A fresh candidate (created in Keycloak, so no other test shares their passport), signed in over
 * HTTP, with what their passport page shows about engine results.
 */
final class CandidateSide {

  final String username;
  final HttpSession session;

  private CandidateSide(String username, HttpSession session) {
    this.username = username;
    this.session = session;
  }

  static CandidateSide create(Portal portal) {
    String username = "import-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Pw-" + UUID.randomUUID();
    new KeycloakAdmin(portal).createUser(username, password, "Imogen", "Porter");
    return new CandidateSide(username, HttpSession.signedIn(portal, username, password).session());
  }

  Document passport() {
    return session.get("/candidate/passport").document();
  }

  /** The engine code the passport page shows. */
  String engineCode() {
    Element code = passport().getElementById("engine-code");
    if (code == null) {
      throw new AssertionError("no engine code on the passport page");
    }
    return code.text().strip();
  }

  /** How many engine results wait for a decision on the passport page. */
  int pendingCount() {
    return passport().select("li.import-pending").size();
  }

  /** Presses Accept on pending result {@code id}; returns the page that follows. */
  Document accept(long id) {
    return press(id, ":accept");
  }

  Document decline(long id) {
    return press(id, ":decline");
  }

  private Document press(long id, String button) {
    Document page = passport();
    Element item = page.getElementById("import-" + id);
    if (item == null) {
      throw new AssertionError("result " + id + " is not pending on the passport: " + page.text());
    }
    // Each pending result has a form of its own, posting the result's id.
    Element input = item.selectFirst("input[type=submit][name$=" + button + "]");
    FacesForm form = FacesForm.of(item.selectFirst("form"));
    return form.submit(session, input.attr("name")).document();
  }
}
