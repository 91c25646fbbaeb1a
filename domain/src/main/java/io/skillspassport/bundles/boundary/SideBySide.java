package io.skillspassport.bundles.boundary;

import java.util.List;
import java.util.Map;

/** Two or three candidates next to each other under one bundle version. */
public record SideBySide(
    long bundleId,
    String bundleName,
    int versionNumber,
    int threshold,
    Map<String, String> familyNames,
    List<Column> candidates) {

  /** One candidate: the ranking row and the current score per family (absent when not measured). */
  public record Column(ComparisonRow row, Map<String, FamilyResultView> families) {}

  /**
   * A current family result as the comparison uses it, with what it rests on.
   *
   * @param provenance SAMPLE, IMPORTED or PROCTORED
   * @param itemsAdministered scored items behind it (0 when not measured here)
   * @param provisional whether it rests on expert-set (not calibrated) item parameters
   * @param bandLow lower end of the stored 95% band
   * @param bandHigh upper end of the stored 95% band
   */
  public record FamilyResultView(
      int score,
      double sem,
      boolean weighted,
      Integer minimum,
      String provenance,
      int itemsAdministered,
      boolean provisional,
      int bandLow,
      int bandHigh) {}
}
