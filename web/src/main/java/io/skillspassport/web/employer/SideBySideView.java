package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.bundles.boundary.SideBySide;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.ExerciseResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code employer/side-by-side.xhtml}: two or three candidates picked on the comparison page
 * ({@code ?bundle=&version=&c=...&c=...}), next to each other.
 */
@Named
@RequestScoped
public class SideBySideView {

  @Inject Comparisons comparisons;

  @Inject ExerciseRatings exercises;

  private long bundle;
  private Integer version;
  private SideBySide result;
  private Map<String, List<ExerciseResult>> exerciseResults = Map.of();

  public void load() throws IOException {
    String[] picked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("c", new String[0]);
    List<String> usernames = Arrays.stream(picked).distinct().toList();
    if (usernames.size() >= 2 && usernames.size() <= 3) {
      try {
        result = comparisons.sideBySide(bundle, version, usernames);
        exerciseResults = exercises.results(bundle, usernames);
      } catch (IllegalArgumentException noSuchVersion) {
        // ?version=99 of a bundle that has 3: an unknown record in the address, the 404 page.
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
      }
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
}
