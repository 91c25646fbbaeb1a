package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-site request forgery: a form POST without the view state of a page the portal rendered for
 * this session must not act (Faces' server-side view state is the token), and the sign-out servlet
 * acts only with this session's own sign-out token.
 */
@SystemTest
class ForgedPostIT {

  private static final Pattern STACK_FRAME =
      Pattern.compile("\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

  @ParameterizedTest(name = "[{index}] jakarta.faces.ViewState={0}")
  @NullSource
  @ValueSource(strings = {"forged:123", "-1234567890:9876543210"})
  void signOutPostWithoutAGenuineViewStateLeavesTheUserSignedIn(String viewState, Portal portal) {
    HttpSession candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    candidate.postOnce("/candidate/passport.xhtml", signOutFields(viewState));

    var after = candidate.get("/candidate/passport");
    assertThat(after.last().statusCode()).as(after.toString()).isEqualTo(200);
    assertThat(after.document().select("main[data-page=candidate-passport]")).hasSize(1);
  }

  @ParameterizedTest(name = "[{index}] jakarta.faces.ViewState={0}")
  @NullSource
  @ValueSource(strings = {"forged:123", "-1234567890:9876543210"})
  void signOutPostWithoutAGenuineViewStateGetsTheExpiredPageOrA4xx(
      String viewState, Portal portal) {
    HttpSession candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    HttpResponse<String> response =
        candidate.postOnce("/candidate/passport.xhtml", signOutFields(viewState));

    var page = Jsoup.parse(response.body());
    boolean expiredPage = !page.select("section.error-page[data-status=expired]").isEmpty();
    boolean clientError = response.statusCode() >= 400 && response.statusCode() < 500;
    assertThat(expiredPage || clientError)
        .as(
            "expected the expired page or a 4xx, got status %d, Location %s, main[data-page=%s]",
            response.statusCode(),
            response.headers().firstValue("Location").orElse("-"),
            page.select("main").attr("data-page"))
        .isTrue();
    assertThat(response.body()).doesNotContain("Exception").doesNotContainPattern(STACK_FRAME);
  }

  @ParameterizedTest(name = "[{index}] token={0}")
  @NullSource
  @ValueSource(strings = {"forged", "30jWp4F-ko7jEkk8vkVEdJkC9KQJizBS"})
  void signOutWithoutThisSessionsTokenIsRefusedAndLeavesTheUserSignedIn(
      String token, Portal portal) {
    HttpSession candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();
    Map<String, String> fields = new LinkedHashMap<>();
    if (token != null) {
      fields.put("token", token);
    }

    HttpResponse<String> response = candidate.postOnce("/sign-out", fields);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception").doesNotContainPattern(STACK_FRAME);
    var after = candidate.get("/candidate/passport");
    assertThat(after.last().statusCode()).as(after.toString()).isEqualTo(200);
    assertThat(after.document().select("main[data-page=candidate-passport]")).hasSize(1);
  }

  private static Map<String, String> signOutFields(String viewState) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("account-form", "account-form");
    fields.put("account-form:sign-out", "Sign out");
    if (viewState != null) {
      fields.put("jakarta.faces.ViewState", viewState);
    }
    return fields;
  }
}
