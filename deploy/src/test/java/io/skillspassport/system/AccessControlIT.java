package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed-in users reach only their own audience's pages. */
@SystemTest
class AccessControlIT {

  @ParameterizedTest
  @ValueSource(strings = {"/employer/bundles", "/admin/roles"})
  void candidateGetsTheForbiddenPageForOtherAudiences(String path, Portal portal) {
    var candidate = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();

    var response = candidate.get(path);

    assertThat(response.last().statusCode()).as(response.toString()).isEqualTo(403);
    var page = response.document();
    assertThat(page.select("section.error-page[data-status=403]")).hasSize(1);
    assertThat(page.select("header.site-header")).hasSize(1);
  }

  @Test
  void candidateSeesTheForbiddenPageInTheBrowser(Browser browser, Portal portal) {
    PortalPage.open(browser, portal, "/").clickLogin().signInAs(DemoUser.CARA_CANDIDATE);

    var page = PortalPage.open(browser, portal, "/admin/roles");

    assertThat(page.errorStatus()).contains("403");
    assertThat(page.hasSiteHeader()).isTrue();
    assertThat(page.userName()).contains("Cara Mendes");
  }
}
