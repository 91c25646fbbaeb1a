package io.skillspassport.bundles.boundary;

import java.util.List;
import java.util.Map;

/**
 * One page of a bundle version's ranking of the candidates who share with the organisation.
 *
 * @param page 0-based page index
 * @param total candidates ranked in all
 * @param familyNames family code → display name, in display order
 * @param stability the ranking's stability against the role's published weights
 */
public record ComparisonPage(
    long bundleId,
    String bundleName,
    int versionNumber,
    int latestNumber,
    String baseRole,
    int roleVersionNumber,
    int threshold,
    ComparisonSort sort,
    int page,
    int pageSize,
    int total,
    List<ComparisonRow> rows,
    Map<String, String> familyNames,
    Stability stability) {

  public int pages() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasNext() {
    return (long) (page + 1) * pageSize < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
