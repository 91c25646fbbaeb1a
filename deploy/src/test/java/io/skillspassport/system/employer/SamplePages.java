package io.skillspassport.system.employer;

import io.skillspassport.system.Browser;
import io.skillspassport.system.Portal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * A candidate's sample assessment, answered through the pages with chosen quality: the best or the
 * worst option of the first few items, looked up in the shipped item bank (the content files under
 * {@code domain/src/main/resources/content/items}) by the item's whole list of option texts — one
 * option text alone can be the key of one item and a distractor of another (a Python item's output
 * "6" or "None") — then submitted.
 */
final class SamplePages {

  private final Browser browser;
  private final Portal portal;

  SamplePages(Browser browser, Portal portal) {
    this.browser = browser;
    this.portal = portal;
  }

  /**
   * Takes the adaptive test of {@code slug} (e.g. {@code python-fundamentals}), answering {@code
   * items} items (at least 9: the minimum of 8 scored answers plus the one unscored pretest item an
   * attempt may hold, so that it gives a score) with the best ({@code best}) or the worst option,
   * then ends it.
   */
  void take(String slug, String bankFile, int items, boolean best) {
    Map<String, Map<String, Integer>> qualities = quality(bankFile);
    browser.open(portal.uri("/candidate/assessments"));
    browser.waitForFullPageLoad(
        () -> browser.find(By.cssSelector("#sample-" + slug + " input[type=submit]")).click());
    for (int i = 1; i <= Math.max(9, items); i++) {
      List<WebElement> labels =
          browser.driver().findElements(By.cssSelector("#item-form fieldset label"));
      Map<String, Integer> quality =
          qualities.getOrDefault(
              String.join("\u0001", labels.stream().map(l -> normalise(l.getText())).toList()),
              Map.of());
      WebElement chosen = null;
      int chosenQuality = 0;
      for (WebElement label : labels) {
        Integer q = quality.get(normalise(label.getText()));
        if (q != null && (chosen == null || (best ? q > chosenQuality : q < chosenQuality))) {
          chosen = label;
          chosenQuality = q;
        }
      }
      if (chosen == null) {
        throw new IllegalStateException("no option of the bank on " + browser.currentUrl());
      }
      chosen.click();
      browser.waitForFullPageLoad(() -> browser.find(By.id("item-form:next")).click());
      if (!browser.has(By.id("item-form:next"))) {
        return;
      }
    }
    // Ended early: the unreached items count wrong (the portal's published rule).
    browser.find(By.cssSelector("details.sample-end-details summary")).click();
    browser.waitForFullPageLoad(() -> browser.find(By.id("end-form:end-now")).click());
  }

  /**
   * Per item, keyed by its option texts in order (joined by U+0001): option text → quality, for
   * right/wrong items 1 for the key and 0 otherwise, for graded items the option's category.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Integer>> quality(String bankFile) {
    Path file =
        Path.of(System.getProperty("repo.root", ".."))
            .resolve("domain/src/main/resources/content/items")
            .resolve(bankFile);
    Map<String, Object> bank;
    try {
      bank = new Json().toType(Files.readString(file), Json.MAP_TYPE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Map<String, Integer>> qualities = new HashMap<>();
    for (Object o : (List<Object>) bank.get("items")) {
      Map<String, Object> item = (Map<String, Object>) o;
      List<Object> options = new ArrayList<>((List<Object>) item.get("options"));
      Map<String, Integer> quality = new HashMap<>();
      List<String> texts = new ArrayList<>();
      for (int k = 0; k < options.size(); k++) {
        Object option = options.get(k);
        if (option instanceof Map<?, ?> graded) {
          String text = normalise((String) graded.get("text"));
          texts.add(text);
          quality.put(text, ((Number) graded.get("category")).intValue());
        } else {
          int key = ((Number) item.get("correct")).intValue();
          String text = normalise((String) option);
          texts.add(text);
          quality.put(text, k == key ? 1 : 0);
        }
      }
      qualities.put(String.join("\u0001", texts), quality);
    }
    return qualities;
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }
}
