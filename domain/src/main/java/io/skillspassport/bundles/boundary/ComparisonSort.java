package io.skillspassport.bundles.boundary;

import java.util.Locale;

/** How a comparison is ordered. */
public enum ComparisonSort {
  /** By rank: composite descending, incomplete passports last. */
  COMPOSITE,
  /** By the probability of clearing the threshold, descending; incomplete passports last. */
  PROBABILITY,
  /** By candidate, alphabetically. */
  NAME;

  /** The sort named by a URL parameter ({@code composite}, {@code probability}, {@code name}). */
  public static ComparisonSort parse(String value) {
    if (value == null || value.isBlank()) {
      return COMPOSITE;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return COMPOSITE;
    }
  }

  /** The URL parameter value. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
