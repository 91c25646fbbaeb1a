package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.bundles.boundary.SideBySide;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.ExerciseResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.sharing.boundary.SharedPassports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code employer/side-by-side.xhtml}: two or three candidates picked on the comparison page
 * ({@code ?bundle=&version=&c=...&c=...}), as one aligned grid: families as rows, candidates as
 * columns.
 *
 * <p>A candidate who stopped sharing since the comparison was drawn (revoked, or the share ended)
 * is named and left out, so the employer reads "stopped sharing" rather than an access-denied page.
 * The boundary still refuses (and records) the request that named them; a name that never shared
 * with the organisation keeps the 403 page.
 */
@Named
@RequestScoped
public class SideBySideView {

  @Inject Comparisons comparisons;

  @Inject ExerciseRatings exercises;

  @Inject SharedPassports shared;

  private long bundle;
  private Integer version;
  private SideBySide result;
  private Map<String, List<ExerciseResult>> exerciseResults = Map.of();
  private List<String> stoppedSharing = List.of();

  /**
   * One family row of the grid.
   *
   * @param code the family code
   * @param name its display name
   * @param counts whether it carries weight in this bundle version's composite
   * @param minimum its must-have minimum, or null
   */
  public record FamilyRow(String code, String name, boolean counts, Integer minimum) {}

  public void load() throws IOException {
    String[] picked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("c", new String[0]);
    List<String> usernames = Arrays.stream(picked).distinct().toList();
    if (usernames.size() >= 2 && usernames.size() <= 3) {
      // ?version=99 of a bundle that has 3 is NotFound from the boundary: the 404 page.
      try {
        result = comparisons.sideBySide(bundle, version, usernames);
      } catch (AccessDenied denied) {
        stoppedSharing = usernames.stream().filter(shared::stoppedSharingWithCaller).toList();
        if (stoppedSharing.isEmpty()) {
          throw denied;
        }
        usernames = usernames.stream().filter(c -> !stoppedSharing.contains(c)).toList();
        if (usernames.size() < 2) {
          return;
        }
        result = comparisons.sideBySide(bundle, version, usernames);
      }
      exerciseResults = exercises.results(bundle, usernames);
    }
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

  /** A candidate's exercise results, shown beside (not inside) the composite. */
  public List<ExerciseResult> exerciseResults(String candidate) {
    return exerciseResults.getOrDefault(candidate, List.of());
  }

  public SideBySide getResult() {
    return result;
  }

  /** Those candidates, comma separated, for the notice. */
  public String getStoppedSharingNames() {
    return String.join(", ", stoppedSharing);
  }

  /** The picked candidates who no longer share with the caller's organisation. */
  public List<String> getStoppedSharing() {
    return stoppedSharing;
  }

  /**
   * The family rows in display order. Whether a family counts and its minimum are the same for
   * every candidate; they are read from any column that has the family (a weighted family nobody
   * has is listed as missing, so it counts).
   */
  public List<FamilyRow> getFamilyRows() {
    List<FamilyRow> rows = new ArrayList<>();
    result
        .familyNames()
        .forEach(
            (code, name) -> {
              boolean counts = false;
              Integer minimum = null;
              for (SideBySide.Column c : result.candidates()) {
                SideBySide.FamilyResultView f = c.families().get(code);
                if (f != null) {
                  counts |= f.weighted();
                  minimum = minimum == null ? f.minimum() : minimum;
                }
                counts |= c.row().missingFamilies().contains(code);
              }
              rows.add(new FamilyRow(code, name, counts, minimum));
            });
    return rows;
  }

  /** Whether {@code column}'s score in {@code family} is below the family's minimum. */
  public boolean failsMinimum(SideBySide.Column column, String family) {
    return column.row().failedMinimums().contains(family);
  }
}
