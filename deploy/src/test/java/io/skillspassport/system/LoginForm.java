package io.skillspassport.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Keycloak's sign-in form of the {@code skills-passport} realm. */
public final class LoginForm {

  static final By FORM = By.id("kc-form-login");
  private static final By USERNAME = By.id("username");
  private static final By PASSWORD = By.id("password");
  private static final By SUBMIT = By.id("kc-login");

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

  private void type(By field, String text) {
    WebElement input = browser.find(field);
    input.clear();
    input.sendKeys(text);
  }
}
