package io.skillspassport.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one headless Chromium of a test run, with the waits the tests need: a full page load after a
 * navigation and the end of a Faces ajax request. Waits poll the page; nothing sleeps for a fixed
 * time.
 */
public final class Browser implements AutoCloseable {

  /** Desktop viewport every test starts with. */
  static final Dimension DESKTOP = new Dimension(1280, 1000);

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts Debian's Chromium through its matching chromedriver. Both paths are given, so Selenium
   * Manager never tries to download a driver.
   */
  static Browser launch(Path targetDir) {
    Path profile;
    try {
      Files.createDirectories(targetDir);
      profile = Files.createTempDirectory(targetDir, "chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile folder", e);
    }
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .withLogFile(targetDir.resolve("system-chromedriver.log").toFile())
            .build();
    var options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
        "--user-data-dir=" + profile);
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(WAIT);
    return new Browser(driver, profile);
  }

  /** The underlying driver, for what the helpers here do not cover. */
  public WebDriver driver() {
    return driver;
  }

  /**
   * Forgets every cookie (portal and Keycloak share the host {@code localhost}, so one call covers
   * both), the cache and the storage of both origins, and restores the desktop window size.
   */
  void resetState(Portal portal) {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    for (URI origin : new URI[] {portal.baseUri(), portal.keycloakUri()}) {
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of("origin", origin.toString().replaceAll("/$", ""), "storageTypes", "all"));
    }
    resize(DESKTOP);
  }

  /** Opens {@code uri} and waits until the document has finished loading. */
  public void open(URI uri) {
    driver.get(uri.toString());
    waitForDocumentComplete();
  }

  /** Sets the window's outer size, e.g. to a phone's 390 px width. */
  public void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /** Finds one element now; fails if there is none. */
  public WebElement find(By by) {
    return driver.findElement(by);
  }

  /** Whether at least one element matches now. */
  public boolean has(By by) {
    return !driver.findElements(by).isEmpty();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Runs a script in the page and returns its result (numbers come back as {@code Long}). */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until {@code condition} holds (is non-null and not {@code false}) and returns it. */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  /** Waits until an element matching {@code by} is present and returns it. */
  public WebElement waitFor(By by) {
    return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
  }

  /**
   * Runs {@code action}, which must lead to a new document (a link, a submit button, history
   * navigation), and waits until the old document is gone and the new one has loaded. Redirects on
   * the way are followed by the browser; this returns on the last page.
   */
  public void waitForFullPageLoad(Runnable action) {
    WebElement oldHtml = driver.findElement(By.tagName("html"));
    action.run();
    waitUntil(d -> isGone(oldHtml));
    waitForDocumentComplete();
  }

  /**
   * Whether {@code element}'s document has been replaced. Like {@code
   * ExpectedConditions.stalenessOf}, but also understands how chromedriver sometimes reports an
   * element of a document that is being replaced: an "unhandled inspector error" saying the node
   * "does not belong to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException | NoSuchElementException e) {
      return true;
    } catch (WebDriverException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("does not belong to the document")
          || message.contains("No node with given id")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Runs {@code action}, which must start a Faces ajax request, and waits until that request and
   * every other one started meanwhile has completed and updated the page. Counts requests through
   * {@code faces.ajax.addOnEvent}/{@code addOnError}, registered once per document.
   */
  public void waitForAjax(Runnable action) {
    long before =
        ((Number)
                script(
                    """
                    var api = window.faces || window.jsf;
                    if (!api || !api.ajax) { throw new Error('no Faces ajax API on this page'); }
                    if (!window.__systemTestAjax) {
                      var state = window.__systemTestAjax = { pending: 0, done: 0 };
                      api.ajax.addOnEvent(function (data) {
                        if (data.status === 'begin') { state.pending++; }
                        else if (data.status === 'success') { state.pending--; state.done++; }
                      });
                      api.ajax.addOnError(function () { state.pending--; state.done++; });
                    }
                    return window.__systemTestAjax.done;
                    """))
            .longValue();
    action.run();
    waitUntil(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var s = window.__systemTestAjax;"
                            + " return !!s && s.done > arguments[0] && s.pending === 0;",
                        before));
  }

  /** Goes back in the history and waits for the previous page to load. */
  public void back() {
    waitForFullPageLoad(() -> driver.navigate().back());
  }

  /** The page as PNG. */
  byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  String pageSource() {
    return driver.getPageSource();
  }

  private void waitForDocumentComplete() {
    // A script can hit the moment a document is swapped for the next; that only means "not yet".
    new WebDriverWait(driver, WAIT)
        .ignoring(JavascriptException.class)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a leftover profile folder under target/ does no harm
      }
    }
  }
}
