package io.skillspassport.web.site;

import io.skillspassport.methodology.boundary.Methodology;
import io.skillspassport.methodology.boundary.MethodologyFacts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** Backs {@code methodology.xhtml}: the scoring rules from the live configuration. */
@Named
@RequestScoped
public class MethodologyView {

  @Inject Methodology methodology;

  private MethodologyFacts facts;

  @PostConstruct
  void load() {
    facts = methodology.facts();
  }

  public MethodologyFacts getFacts() {
    return facts;
  }

  /** A number with {@code digits} decimals, for formulas (fixed, locale-independent). */
  public String num(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /** A probability as a percentage with one decimal. */
  public String percent(double probability) {
    return String.format(Locale.ROOT, "%.1f%%", probability * 100);
  }

  /** x position (0–520) of a scale value on the 300–850 axis of the example chart. */
  public double x(double score) {
    double clipped = Math.max(facts.minimum(), Math.min(facts.maximum(), score));
    return 20 + 520 * (clipped - facts.minimum()) / (facts.maximum() - facts.minimum());
  }
}
