package io.skillspassport.system.accessibility;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.skillspassport.system.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Runs Deque's axe-core on whatever page the browser shows, at a desktop and a phone viewport, and
 * collects every finding of a whole walk through the portal, so that one failure lists all of them.
 *
 * <p>Two checks per page and width: axe's WCAG 2.0/2.1 level A and AA rules ({@link #TAGS}), and —
 * at phone width — that the page is no wider than the viewport ({@code
 * document.documentElement.scrollWidth <= innerWidth}), i.e. nothing forces sideways scrolling of
 * the whole page.
 *
 * <p>The portal's Content-Security-Policy forbids scripts that are not its own, which also stops
 * axe's injected source. {@link #start()} therefore turns on Chromium's {@code Page.setBypassCSP}
 * (through Selenium's DevTools bridge) for this browser only; {@link #close()} turns it off again,
 * so later tests of the run see the policy enforced. The portal itself is not changed.
 *
 * <p>Viewports are set with {@code Emulation.setDeviceMetricsOverride}, so the layout width is
 * exactly 1366 or 390 CSS pixels whatever the window manager of a headless browser does; the phone
 * viewport is emulated as a mobile device (the page's {@code meta viewport} applies).
 */
final class AxeAudit implements AutoCloseable {

  /** WCAG 2.0 and 2.1, levels A and AA: the rules the issue asks for. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** A viewport: its name in reports, its size, and whether it is a phone. */
  record Viewport(String name, int width, int height, boolean mobile) {}

  static final Viewport DESKTOP = new Viewport("1366px", 1366, 900, false);
  static final Viewport PHONE = new Viewport("390px", 390, 844, true);

  /** One finding: an axe rule broken by one element, or a page wider than the phone viewport. */
  record Finding(
      String page, String width, String rule, String impact, String target, String html) {
    @Override
    public String toString() {
      return String.format(
          "%s at %s: %s (%s) on %s%n      %s", page, width, rule, impact, target, html);
    }
  }

  private final Browser browser;
  private final HasCdp cdp;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();

  private AxeAudit(Browser browser) {
    this.browser = browser;
    this.cdp = (HasCdp) browser.driver();
  }

  /** Lets axe run on the pages opened from now on, at the desktop viewport. */
  static AxeAudit start(Browser browser) {
    var audit = new AxeAudit(browser);
    audit.cdp.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    audit.viewport(DESKTOP);
    return audit;
  }

  /**
   * Audits the page the browser shows now at both widths and returns to the desktop width. The page
   * is not reloaded between the widths: media queries apply as the viewport changes, as they do
   * when a person turns a tablet.
   *
   * @param name how the page is named in findings, e.g. {@code "/candidate/passport"}
   */
  void check(String name) {
    audited.add(name);
    axe(name, DESKTOP);
    viewport(PHONE);
    try {
      axe(name, PHONE);
      long scrollWidth =
          ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
      long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
      // Against the emulated width too: a mobile browser widens its layout viewport (innerWidth)
      // to fit content that overflows, which would hide the very overflow looked for.
      if (scrollWidth > innerWidth || scrollWidth > PHONE.width()) {
        findings.add(
            new Finding(
                name,
                PHONE.name(),
                "page-wider-than-viewport",
                "serious",
                "html",
                "scrollWidth "
                    + scrollWidth
                    + " > "
                    + PHONE.width()
                    + " (innerWidth "
                    + innerWidth
                    + ")"
                    + widest()));
      }
    } finally {
      viewport(DESKTOP);
    }
  }

  /** Audits the page like {@link #check} and saves a full-page PNG of it at both widths. */
  void checkAndSave(String name, Path screenshots, String fileStem) {
    check(name);
    saveFullPage(screenshots.resolve(fileStem + "-1366.png"));
    viewport(PHONE);
    try {
      saveFullPage(screenshots.resolve(fileStem + "-390.png"));
    } finally {
      viewport(DESKTOP);
    }
  }

  /** Every finding so far, in the order found. */
  List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The names of the pages audited so far. */
  List<String> audited() {
    return List.copyOf(audited);
  }

  /** A failure message that lists every finding, one per line. */
  String report() {
    var text = new StringBuilder();
    text.append(findings.size())
        .append(" accessibility finding(s) on ")
        .append(audited.size())
        .append(" page(s):");
    findings.forEach(f -> text.append(System.lineSeparator()).append("  ").append(f));
    return text.toString();
  }

  private void axe(String name, Viewport viewport) {
    Results results =
        new AxeBuilder()
            .withTags(TAGS)
            .disableIframeTesting()
            .setLegacyMode(true)
            .analyze(browser.driver());
    if (results.isErrored()) {
      throw new IllegalStateException(
          "axe could not run on "
              + name
              + " at "
              + viewport.name()
              + ": "
              + results.getErrorMessage());
    }
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        findings.add(
            new Finding(
                name,
                viewport.name(),
                rule.getId(),
                String.valueOf(node.getImpact()),
                String.valueOf(node.getTarget()),
                String.valueOf(node.getHtml())));
      }
    }
  }

  /** The three widest elements, so a too-wide phone page says what pushes it out. */
  private String widest() {
    Object found =
        browser.script(
            """
            var limit = arguments[0];
            var els = Array.from(document.querySelectorAll('body *'))
              .filter(function (e) { return e.getBoundingClientRect().right > limit + 1; })
              .map(function (e) {
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && e.className.baseVal === undefined && e.className
                      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                  + ' right=' + Math.round(e.getBoundingClientRect().right);
              });
            return els.slice(-3).join('; ');
            """,
            PHONE.width());
    return found == null || found.toString().isEmpty() ? "" : " (" + found + ")";
  }

  private void viewport(Viewport viewport) {
    cdp.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", viewport.width(),
            "height", viewport.height(),
            "deviceScaleFactor", 1,
            "mobile", viewport.mobile()));
  }

  private void saveFullPage(Path file) {
    Map<String, Object> shot =
        cdp.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Turns Chromium's CSP bypass and the viewport override off again. */
  @Override
  public void close() {
    cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    cdp.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
  }

  /** The page's path and query, how findings name the pages a walk reaches by links. */
  static String pathOf(String url) {
    URI uri = URI.create(url);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
