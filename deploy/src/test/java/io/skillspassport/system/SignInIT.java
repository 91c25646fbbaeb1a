package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing in through Keycloak from the portal's header, for every role. */
@SystemTest
class SignInIT {

  @Test
  void anonymousHeaderOffersTheLoginLink(Browser browser, Portal portal) {
    var home = PortalPage.open(browser, portal, "/");

    assertThat(home.hasLoginLink()).isTrue();
    assertThat(Portal.pathOf(home.loginLinkHref())).isEqualTo("/login");
    assertThat(home.userName()).isEmpty();
    assertThat(home.hasSignOutButton()).isFalse();
  }

  @Test
  void privatePageSendsAnonymousVisitorsToKeycloaksLoginForm(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/candidate/passport");

    var form = LoginForm.expect(browser, portal);
    assertThat(portal.isKeycloak(form.url())).as(form.url()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void signingInFromTheHeaderLandsOnTheRolesHomePage(
      DemoUser user, Browser browser, Portal portal) {
    var landing = PortalPage.open(browser, portal, "/").clickLogin().signInAs(user);

    assertThat(landing.path()).isEqualTo(user.landingPath());
    assertThat(landing.dataPage()).contains(user.landingPage());
    assertThat(landing.userName()).contains(user.displayName());
  }

  @Test
  void signedInHeaderShowsTheNameAndASignOutButtonThatPosts(Browser browser, Portal portal) {
    var page = PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);

    assertThat(page.userName()).contains("Cara Mendes");
    assertThat(page.hasSignOutButton()).isTrue();
    assertThat(page.signOutFormMethod()).isEqualTo("post");
    assertThat(page.hasLoginLink()).isFalse();
  }
}
