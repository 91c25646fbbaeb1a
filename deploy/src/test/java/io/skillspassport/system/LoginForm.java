package io.skillspassport.system;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Keycloak's sign-in form of the {@code skills-passport} realm. */
public final class LoginForm {

  static final By FORM = By.id("kc-form-login");
  private static final By USERNAME = By.id("username");
  private static final By PASSWORD = By.id("password");
  private static final By SUBMIT = By.id("kc-login");
  private static final By REGISTER_LINK = By.cssSelector("#kc-registration a");
  private static final By REGISTER_FORM = By.id("kc-register-form");

  private final Browser browser;
  private final Portal portal;

  private LoginForm(Browser browser, Portal portal) {
    this.browser = browser;
    this.portal = portal;
  }

  /** Waits until the browser shows Keycloak's sign-in form; fails if it does not appear. */
  public static LoginForm expect(Browser browser, Portal portal) {
    browser.waitFor(FORM);
    return new LoginForm(browser, portal);
  }

  /** Whether the browser shows the form right now (on Keycloak's origin). */
  public static boolean isShown(Browser browser, Portal portal) {
    return portal.isKeycloak(browser.currentUrl()) && browser.has(FORM);
  }

  /** The address the form is served from, for checking that it is Keycloak's. */
  public String url() {
    return browser.currentUrl();
  }

  /**
   * Signs in as {@code user} and waits until the portal has taken the browser back and rendered the
   * page it chose.
   */
  public PortalPage signInAs(DemoUser user) {
    type(USERNAME, user.username());
    type(PASSWORD, user.password());
    browser.waitForFullPageLoad(() -> browser.find(SUBMIT).click());
    browser.waitUntil(d -> portal.isPortal(d.getCurrentUrl()));
    return new PortalPage(browser, portal);
  }

  /**
   * Follows the form's "Register" link and creates a new account through Keycloak's own
   * registration form (the realm lets anyone register; new accounts are candidates), then waits
   * until the portal has the new candidate signed in. The username is {@code prefix} plus a random
   * suffix, so every call gives a person with an empty passport, whatever ran before.
   *
   * @return the new account's username
   */
  public String registerNewCandidate(String prefix) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    browser.waitForFullPageLoad(() -> browser.find(REGISTER_LINK).click());
    browser.waitFor(REGISTER_FORM);
    type(USERNAME, username);
    type(By.id("email"), username + "@example.test");
    type(By.id("firstName"), "Test");
    type(By.id("lastName"), "Candidate " + username);
    type(PASSWORD, "candidate-" + username);
    type(By.id("password-confirm"), "candidate-" + username);
    browser.waitForFullPageLoad(
        () -> browser.find(By.cssSelector("#kc-register-form [type=submit]")).click());
    browser.waitUntil(d -> portal.isPortal(d.getCurrentUrl()));
    browser.waitFor(By.tagName("main"));
    return username;
  }

  private void type(By field, String text) {
    WebElement input = browser.find(field);
    input.clear();
    input.sendKeys(text);
  }
}
