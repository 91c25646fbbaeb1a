package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing out ends the portal session and the Keycloak session together. */
@SystemTest
class SignOutIT {

  @ParameterizedTest
  @EnumSource(
      value = DemoUser.class,
      names = {"CARA_CANDIDATE", "ERIN_EMPLOYER", "ADA_ADMIN"})
  void signingOutFromTheRolesHomePageReturnsToTheHomePageSignedOut(
      DemoUser user, Browser browser, Portal portal) {
    var landing = PortalPage.open(browser, portal, "/").clickLogin().signInAs(user);
    assertThat(landing.dataPage()).contains(user.landingPage());

    var home = landing.signOut();

    assertThat(home.path()).isEqualTo("/");
    assertThat(home.hasLoginLink()).isTrue();
    assertThat(home.userName()).isEmpty();
  }

  @Test
  void signingOutFromAPublicPageReturnsToTheHomePageSignedOut(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);
    var roles = RoleCatalogue.open(browser, portal);
    assertThat(roles.userName()).contains("Cara Mendes");

    var home = roles.signOut();

    assertThat(home.path()).isEqualTo("/");
    assertThat(home.hasLoginLink()).isTrue();
  }

  @Test
  void afterSigningOutAPrivatePageAsksForTheLoginAgain(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE).signOut();

    PortalPage.open(browser, portal, "/candidate/passport");

    // Keycloak's session is gone too: no silent sign-in straight back to the passport.
    assertThat(LoginForm.expect(browser, portal).url()).matches(portal::isKeycloak);
  }

  @Test
  void backButtonAfterSigningOutDoesNotShowThePrivatePage(Browser browser, Portal portal) {
    var passport =
        PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);
    assertThat(passport.dataPage()).contains("candidate-passport");
    passport.signOut();

    browser.back();

    var page = new PortalPage(browser, portal);
    assertThat(page.dataPage()).isNotEqualTo(Optional.of("candidate-passport"));
    assertThat(browser.pageSource()).doesNotContain("Cara Mendes");
  }
}
