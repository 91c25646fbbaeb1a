package io.skillspassport.system.credentials;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /candidate/credentials}: export, the list with links and QR codes, two-step revoke. */
final class CredentialsPage {

  static final String PATH = "/candidate/credentials";

  private static final By EXPORT = By.id("export-form:export");
  private static final By ISSUED = By.cssSelector("li.credential.issued");
  private static final By TOKEN = By.cssSelector("li.credential.issued textarea.credential-token");

  private final Browser browser;

  CredentialsPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.cssSelector("main[data-page='candidate-credentials']"));
  }

  static CredentialsPage open(Browser browser, Portal portal) {
    browser.open(portal.uri(PATH));
    return new CredentialsPage(browser);
  }

  /** Presses "Export a new credential"; the page comes back with the new one marked issued. */
  CredentialsPage export() {
    browser.waitForFullPageLoad(() -> browser.find(EXPORT).click());
    browser.waitFor(ISSUED);
    return new CredentialsPage(browser);
  }

  /** The newly issued credential's VC-JWT, as the page shows it for copying. */
  String issuedToken() {
    return browser.find(TOKEN).getDomProperty("value").strip();
  }

  String issuedCode() {
    return browser.find(ISSUED).getDomAttribute("data-code");
  }

  /** The verification link of the credential with {@code code}. */
  String verifyLink(String code) {
    return credential(code)
        .findElement(By.cssSelector("a.credential-verify-link"))
        .getDomProperty("href");
  }

  /** The {@code src} of the credential's QR image. */
  String qrSource(String code) {
    return credential(code).findElement(By.cssSelector("img.credential-qr")).getDomAttribute("src");
  }

  String downloadHref(String code) {
    return credential(code)
        .findElement(By.cssSelector("a.credential-download"))
        .getDomAttribute("href");
  }

  /** The state label: Active, Revoked, … */
  String state(String code) {
    return credential(code).findElement(By.cssSelector(".credential-state")).getText();
  }

  /** First step: asks for confirmation; nothing is revoked yet. */
  CredentialsPage askToRevoke(String code) {
    WebElement button = credential(code).findElement(By.cssSelector("input.credential-revoke"));
    browser.waitForFullPageLoad(button::click);
    return new CredentialsPage(browser);
  }

  boolean confirmationShown(String code) {
    return !credential(code).findElements(By.cssSelector(".credential-confirm")).isEmpty();
  }

  CredentialsPage confirmRevoke(String code) {
    WebElement button =
        credential(code).findElement(By.cssSelector("input.credential-revoke-confirm"));
    browser.waitForFullPageLoad(button::click);
    return new CredentialsPage(browser);
  }

  CredentialsPage cancelRevoke(String code) {
    WebElement button =
        credential(code).findElement(By.cssSelector("input.credential-revoke-cancel"));
    browser.waitForFullPageLoad(button::click);
    return new CredentialsPage(browser);
  }

  List<String> messages() {
    return browser.driver().findElements(By.cssSelector("#messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private WebElement credential(String code) {
    return browser.find(By.cssSelector("li.credential[data-code='" + code + "']"));
  }
}
