package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.ComparisonPage;
import io.skillspassport.bundles.boundary.ComparisonSort;
import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.bundles.boundary.Stability;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.ExerciseResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code employer/compare.xhtml}: one page of a bundle version's ranking with the stability
 * panel. Everything lives in the URL ({@code ?bundle=&version=&page=&sort=}), so a view can be
 * bookmarked; the boundary logs the candidates shown as viewed.
 */
@Named
@RequestScoped
public class CompareView {

  @Inject Comparisons comparisons;

  @Inject ExerciseRatings exercises;

  private long bundle;
  private Integer version;
  private int page = 1;
  private String sort;
  private ComparisonPage result;
  private Map<String, List<ExerciseResult>> exerciseResults = Map.of();

  public void load() {
    result = comparisons.rank(bundle, version, page - 1, ComparisonSort.parse(sort));
    exerciseResults =
        exercises.results(bundle, result.rows().stream().map(r -> r.candidate()).toList());
  }

  /** The query string of this comparison with another page and sort. */
  public String link(int toPage, String toSort) {
    return "?bundle="
        + bundle
        + (version == null ? "" : "&version=" + version)
        + "&page="
        + toPage
        + "&sort="
        + toSort;
  }

  public ComparisonSort[] getSorts() {
    return ComparisonSort.values();
  }

  public long getBundle() {
    return bundle;
  }

  public void setBundle(long bundle) {
    this.bundle = bundle;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }

  public String getSort() {
    return result == null ? sort : result.sort().parameter();
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public ComparisonPage getResult() {
    return result;
  }

  /** The exercise results of a candidate on this page, shown beside the composite. */
  public List<ExerciseResult> exerciseResults(String candidate) {
    return exerciseResults.getOrDefault(candidate, List.of());
  }

  public Stability getStability() {
    return result == null ? null : result.stability();
  }
}
