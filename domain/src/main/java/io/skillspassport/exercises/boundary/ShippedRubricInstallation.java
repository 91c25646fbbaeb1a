package io.skillspassport.exercises.boundary;

import io.skillspassport.exercises.control.RubricStore;
import io.skillspassport.exercises.control.ShippedRubrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Installs the exercise rubrics shipped with the portal, for the content component's start-up
 * installation. Runs inside the caller's transaction; it checks no caller because only start-up
 * code calls it.
 */
@ApplicationScoped
public class ShippedRubricInstallation {

  @Inject RubricStore rubrics;

  /**
   * Adds the shipped rubrics that are missing, read through {@code resources}.
   *
   * @return the rubrics installed now
   */
  public List<String> install(Clock clock, ClassLoader resources) {
    return new ShippedRubrics(rubrics, clock, resources).install();
  }
}
