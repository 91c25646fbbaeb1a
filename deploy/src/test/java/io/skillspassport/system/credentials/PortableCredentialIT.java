package io.skillspassport.system.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.Browser;
import io.skillspassport.system.DemoUser;
import io.skillspassport.system.HttpSession;
import io.skillspassport.system.LoginForm;
import io.skillspassport.system.Portal;
import io.skillspassport.system.PortalPage;
import io.skillspassport.system.SystemTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The "done when", in one browser session: a candidate exports their passport as a
 * credential, anyone verifies it on {@code /verify} without signing in (by its link, as the QR code
 * would, and by pasting it), a tampered copy is invalid, the offline verifier jar agrees with the
 * page on the valid, tampered and revoked samples, the candidate revokes it after confirming, and
 * the page then says revoked.
 *
 * <p>Signs in as dev.candidate and takes the Communication sample (three items answered) so the
 * passport has a result to export; the Python sample of {@link
 * io.skillspassport.system.candidate.SampleAssessmentIT} is a different family, so the retake
 * cooldowns do not meet.
 */
@SystemTest
class PortableCredentialIT {

  private static final Pattern VALUE = Pattern.compile("\"value\":\"(\\d{3})\"");
  private static final Pattern STATUS_LIST =
      Pattern.compile("\"statusListCredential\":\"([^\"]+)\"");

  @Test
  void exportVerifyTamperRevoke(Browser browser, Portal portal) throws Exception {
    PortalPage.open(browser, portal, "/candidate/credentials");
    LoginForm.expect(browser, portal).signInAs(DemoUser.DEV_CANDIDATE);
    takeCommunicationSampleIfOpen(browser, portal);
    browser.open(portal.uri("/candidate/passport"));
    String passportCard = browser.waitFor(By.id("score-communication")).getText();

    CredentialsPage credentials = CredentialsPage.open(browser, portal).export();
    String token = credentials.issuedToken();
    String code = credentials.issuedCode();
    String link = credentials.verifyLink(code);
    assertThat(link).isEqualTo(portal.uri("/verify?c=" + code).toString());
    assertThat(credentials.qrSource(code)).startsWith("data:image/svg+xml;base64,");
    assertThat(credentials.state(code)).isEqualTo("Active");
    String payload = payload(token);
    assertThat(payload)
        .contains("\"OpenBadgeCredential\"", "\"ScaledScore\"", "BitstringStatusListEntry");

    HttpSession owner = HttpSession.signedIn(portal, DemoUser.DEV_CANDIDATE).session();
    HttpResponse<String> download = owner.getOnce(credentials.downloadHref(code));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", ".jwt");
    assertThat(download.body()).isEqualTo(token);
    org.jsoup.nodes.Element form =
        owner.get("/candidate/passport").document().getElementById("credential-form");
    assertThat(form).as("the passport page's download form").isNotNull();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
    assertThat(fields.get("jakarta.faces.ViewState"))
        .as("the dashboard keeps no view state: showing it writes nothing to the session")
        .isEqualTo("stateless");
    HttpResponse<String> fromPassport = owner.postOnce(form.attr("action"), fields);
    assertThat(fromPassport.statusCode()).isEqualTo(200);
    assertThat(fromPassport.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", ".jwt");
    assertThat(payload(fromPassport.body().strip())).contains("\"OpenBadgeCredential\"");
    HttpSession stranger = HttpSession.signedIn(portal, DemoUser.CARA_CANDIDATE).session();
    assertThat(stranger.getOnce(credentials.downloadHref(code)).statusCode()).isEqualTo(403);

    PortalPage.open(browser, portal, "/").signOut();
    VerifyPage byLink = VerifyPage.follow(browser, link);
    assertThat(byLink.isSignedIn()).isFalse();
    assertThat(byLink.outcome()).as(byLink.verdictText()).isEqualTo("valid");
    Map<String, String> families = byLink.families();
    assertThat(families).containsKey("COMMUNICATION");
    String[] shown = families.get("COMMUNICATION").split(" ");
    assertThat(passportCard)
        .as("the passport and the verification page show the same score, band and SEM")
        .contains(shown[0], shown[1], shown[2]);

    String tampered = withFirstValueChanged(token);
    VerifyPage pasted = VerifyPage.open(browser, portal).paste(token);
    assertThat(pasted.outcome()).isEqualTo("valid");
    VerifyPage forged = VerifyPage.open(browser, portal).paste(tampered);
    assertThat(forged.outcome()).isEqualTo("invalid");
    assertThat(forged.failedChecks()).containsExactly("SIGNATURE");
    assertThat(forged.changedFields()).containsExactly("credentialSubject.result[0].value");
    assertThat(VerifyPage.open(browser, portal).paste("not a credential").outcome())
        .isEqualTo("malformed");

    Path dir = Files.createTempDirectory("credential-it");
    Path jwks =
        Files.writeString(dir.resolve("jwks.json"), fetch(portal.uri("/.well-known/jwks.json")));
    Path credential = Files.writeString(dir.resolve("credential.jwt"), token);
    Path forgedFile = Files.writeString(dir.resolve("forged.jwt"), tampered);
    URI statusUrl = URI.create(match(STATUS_LIST, payload));
    assertThat(statusUrl.getPort()).isEqualTo(portal.baseUri().getPort());
    Path list = Files.writeString(dir.resolve("status.jwt"), fetch(statusUrl));
    OfflineVerifier cli = new OfflineVerifier();
    OfflineVerifier.Run valid = cli.verify(credential, jwks, list);
    OfflineVerifier.Run invalid = cli.verify(forgedFile, jwks, list);
    assertThat(valid.exit()).as(valid.output()).isZero();
    assertThat(valid.output()).startsWith("VALID");
    assertThat(invalid.exit()).as(invalid.output()).isEqualTo(1);
    assertThat(invalid.output()).startsWith("INVALID").contains("SIGNATURE");

    // Signing in lands on the passport (the portal's home for candidates), so open the list again.
    PortalPage.open(browser, portal, "/candidate/credentials");
    LoginForm.expect(browser, portal).signInAs(DemoUser.DEV_CANDIDATE);
    CredentialsPage asking = CredentialsPage.open(browser, portal).askToRevoke(code);
    assertThat(asking.confirmationShown(code)).isTrue();
    assertThat(asking.state(code)).as("nothing revoked before confirming").isEqualTo("Active");
    CredentialsPage revoked = asking.confirmRevoke(code);
    assertThat(revoked.state(code)).isEqualTo("Revoked");
    PortalPage.open(browser, portal, "/").signOut();

    VerifyPage afterRevocation = VerifyPage.follow(browser, link);
    assertThat(afterRevocation.outcome()).as(afterRevocation.verdictText()).isEqualTo("revoked");
    assertThat(afterRevocation.failedChecks()).containsExactly("STATUS");
    Path listAfter = Files.writeString(dir.resolve("status-after.jwt"), fetch(statusUrl));
    OfflineVerifier.Run revokedRun = cli.verify(credential, jwks, listAfter);
    assertThat(revokedRun.exit()).as(revokedRun.output()).isEqualTo(1);
    assertThat(revokedRun.output()).startsWith("REVOKED");
    assertThat(VerifyPage.open(browser, portal).paste(token).outcome()).isEqualTo("revoked");
  }

  private static void takeCommunicationSampleIfOpen(Browser browser, Portal portal) {
    browser.open(portal.uri("/candidate/assessments"));
    browser.waitFor(By.cssSelector("main[data-page='candidate-assessments']"));
    By start = By.cssSelector("li#sample-communication input[type=submit]");
    if (!browser.has(start)) {
      return;
    }
    browser.waitForFullPageLoad(() -> browser.find(start).click());
    // The minimum of 8 scored answers (9 answers: an attempt may hold one unscored pretest item),
    // then "End the test now": a score by the unreached-item rule.
    for (int i = 1; i <= 9; i++) {
      browser.waitFor(By.cssSelector("#item-form fieldset label")).click();
      browser.waitForFullPageLoad(() -> browser.find(By.id("item-form:next")).click());
      if (!browser.has(By.id("item-form:next"))) {
        return;
      }
    }
    browser.find(By.cssSelector("details.sample-end-details summary")).click();
    browser.waitForFullPageLoad(() -> browser.find(By.id("end-form:end-now")).click());
  }

  private static String payload(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  /** The same JWS with the first result's score raised by one point and the signature kept. */
  private static String withFirstValueChanged(String token) {
    String[] parts = token.split("\\.");
    String payload = payload(token);
    String score = match(VALUE, payload);
    String changed =
        payload.replaceFirst(
            "\"value\":\"" + score + "\"",
            "\"value\":\""
                + (Integer.parseInt(score) == 850 ? 849 : Integer.parseInt(score) + 1)
                + "\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(changed.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as(pattern + " in " + text).isTrue();
    return m.group(1);
  }

  private static String fetch(URI uri) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
    return response.body();
  }
}
