package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Response headers of public and private pages, as a client without a browser sees them. */
@SystemTest
class SecurityHeadersIT {

  @Test
  void publicPageSendsTheSecurityHeaders(Portal portal) {
    HttpResponse<String> home = HttpSession.anonymous(portal).getOnce("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertSecurityHeaders(home.headers());
  }

  @Test
  void notFoundPageSendsTheSecurityHeaders(Portal portal) {
    HttpResponse<String> missing = HttpSession.anonymous(portal).getOnce("/roles/no-such-role");

    assertSecurityHeaders(missing.headers());
  }

  @Test
  void privatePageSendsTheSecurityHeadersAndIsNeverStored(Portal portal) {
    var signedIn = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE);

    HttpResponse<String> passport = signedIn.session().getOnce("/candidate/passport");

    assertThat(passport.statusCode()).isEqualTo(200);
    assertSecurityHeaders(passport.headers());
    assertThat(passport.headers().allValues("Cache-Control"))
        .anySatisfy(value -> assertThat(value).containsIgnoringCase("no-store"));
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite(Portal portal) {
    var signedIn = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE);

    var sessionCookies =
        signedIn.signIn().portalSetCookies(portal).stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .toList();

    assertThat(sessionCookies).as(signedIn.signIn().toString()).isNotEmpty();
    assertThat(sessionCookies)
        .allSatisfy(
            cookie -> {
              String lower = cookie.toLowerCase(Locale.ROOT);
              assertThat(lower).as(cookie).contains("httponly").contains("samesite=");
            });
  }

  private static void assertSecurityHeaders(HttpHeaders headers) {
    var softly = new SoftAssertions();
    String csp = headers.firstValue("Content-Security-Policy").orElse("");
    softly
        .assertThat(csp)
        .as("Content-Security-Policy")
        .contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    softly
        .assertThat(headers.firstValue("X-Content-Type-Options"))
        .as("X-Content-Type-Options")
        .contains("nosniff");
    softly.assertThat(headers.firstValue("Referrer-Policy")).as("Referrer-Policy").isPresent();
    for (String name : new String[] {"Server", "X-Powered-By"}) {
      softly
          .assertThat(headers.allValues(name))
          .as(name)
          .noneSatisfy(
              value ->
                  assertThat(value.toLowerCase(Locale.ROOT)).containsAnyOf("payara", "glassfish"));
    }
    softly.assertAll();
  }
}
