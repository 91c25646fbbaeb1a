package io.skillspassport.system;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A public role page, {@code /roles/<slug>}. */
public final class RolePage extends PortalPage {

  private static final By WEIGHT_ROWS = By.cssSelector("table.weights tbody tr");

  RolePage(Browser browser, Portal portal) {
    super(browser, portal);
  }

  public static RolePage open(Browser browser, Portal portal, String slug) {
    browser.open(portal.uri("/roles/" + slug));
    return new RolePage(browser, portal);
  }

  /** The median of the typical compensation, as shown (e.g. {@code $295,000}). */
  public String medianCompensation() {
    return browser.find(By.cssSelector("#compensation .comp-median")).getText().trim();
  }

  /** Relevance per skill family, in table order, from the weights table. */
  public Map<String, BigDecimal> weights() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (WebElement row : browser.driver().findElements(WEIGHT_ROWS)) {
      String family = row.findElement(By.cssSelector("th")).getText().trim();
      String relevance = row.findElement(By.cssSelector("td.relevance")).getText().trim();
      weights.put(family, new BigDecimal(relevance));
    }
    return weights;
  }

  /** Whether the page can be scrolled sideways (it is wider than the viewport). */
  public boolean scrollsHorizontally() {
    Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
    Number innerWidth = (Number) browser.script("return window.innerWidth");
    return scrollWidth.longValue() > innerWidth.longValue();
  }
}
