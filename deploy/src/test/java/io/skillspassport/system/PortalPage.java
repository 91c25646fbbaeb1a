package io.skillspassport.system;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Any page of the portal: the site header (sign-in link, signed-in user, sign-out button), the
 * {@code <main>} element and, on error pages, the error section.
 */
public class PortalPage {

  private static final By HEADER = By.cssSelector("header.site-header");
  private static final By LOGIN_LINK = By.cssSelector("header.site-header a.login");
  private static final By USER_NAME = By.cssSelector("header.site-header .account .user-name");
  private static final By ACCOUNT_FORM = By.cssSelector("form#account-form");
  private static final By SIGN_OUT = By.cssSelector("form#account-form #account-form\\:sign-out");
  private static final By MAIN = By.tagName("main");
  private static final By ERROR = By.cssSelector("section.error-page");
  private static final By HEADING = By.tagName("h1");

  protected final Browser browser;
  protected final Portal portal;

  PortalPage(Browser browser, Portal portal) {
    this.browser = browser;
    this.portal = portal;
  }

  /** Opens {@code path} on the portal; the browser may end up elsewhere (e.g. Keycloak). */
  public static PortalPage open(Browser browser, Portal portal, String path) {
    browser.open(portal.uri(path));
    return new PortalPage(browser, portal);
  }

  /** The path the browser is at, e.g. {@code /candidate/passport}. */
  public String path() {
    return Portal.pathOf(browser.currentUrl());
  }

  /** Whether the browser is on the portal at all (not on Keycloak). */
  public boolean isOnPortal() {
    return portal.isPortal(browser.currentUrl());
  }

  /** Whether the page is rendered inside the site layout. */
  public boolean hasSiteHeader() {
    return browser.has(HEADER);
  }

  public boolean hasLoginLink() {
    return browser.has(LOGIN_LINK);
  }

  /** The sign-in link's target, as the browser resolved it. */
  public String loginLinkHref() {
    return browser.find(LOGIN_LINK).getDomProperty("href");
  }

  /** Follows the header's sign-in link to Keycloak's form. */
  public LoginForm clickLogin() {
    browser.waitForFullPageLoad(() -> browser.find(LOGIN_LINK).click());
    return LoginForm.expect(browser, portal);
  }

  /** The signed-in person's name in the header, if someone is signed in. */
  public Optional<String> userName() {
    return browser.driver().findElements(USER_NAME).stream().findFirst().map(WebElement::getText);
  }

  public boolean hasSignOutButton() {
    return browser.has(ACCOUNT_FORM) && browser.has(SIGN_OUT);
  }

  /** The method the sign-out form submits with, lower case. */
  public String signOutFormMethod() {
    return browser.find(ACCOUNT_FORM).getDomAttribute("method").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Presses the header's sign-out button and waits until the browser is back on the portal (the way
   * leads through Keycloak's logout endpoint).
   */
  public PortalPage signOut() {
    browser.waitForFullPageLoad(() -> browser.find(SIGN_OUT).click());
    browser.waitUntil(d -> portal.isPortal(d.getCurrentUrl()) && !d.findElements(MAIN).isEmpty());
    return new PortalPage(browser, portal);
  }

  /** The {@code data-page} attribute of {@code <main>}, if it has one. */
  public Optional<String> dataPage() {
    return browser.driver().findElements(MAIN).stream()
        .findFirst()
        .map(main -> main.getDomAttribute("data-page"))
        .filter(value -> value != null && !value.isEmpty());
  }

  /** The {@code data-status} of the error section ({@code 404}, {@code 403}, {@code expired}). */
  public Optional<String> errorStatus() {
    return browser.driver().findElements(ERROR).stream()
        .findFirst()
        .map(section -> section.getDomAttribute("data-status"));
  }

  /** The text of the first {@code <h1>}. */
  public String heading() {
    return browser.find(HEADING).getText();
  }

  /** The visible text of {@code <main>}. */
  public String mainText() {
    return browser.find(MAIN).getText();
  }

  /** Waits until {@code <main>} carries {@code data-page="…"} and returns this page. */
  public PortalPage expectDataPage(String dataPage) {
    browser.waitFor(By.cssSelector("main[data-page='" + dataPage + "']"));
    return this;
  }
}
