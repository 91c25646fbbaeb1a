package io.skillspassport.web.employer;

import io.skillspassport.exercises.boundary.ExerciseAgreement;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code employer/exercise-agreement.xhtml}: how much the organisation's interviewers agree,
 * per exercise of a bundle and criterion of its rubric, with what the figures mean.
 */
@Named
@RequestScoped
public class ExerciseAgreementView {

  @Inject ExerciseRatings ratings;

  private long bundle;
  private List<ExerciseAgreement> exercises = List.of();

  public void load() {
    exercises = ratings.agreement(bundle);
  }

  /** The portal's minimum number of candidates for judging α. */
  public int getMinUnits() {
    return ExerciseAgreement.MIN_UNITS;
  }

  public long getBundle() {
    return bundle;
  }

  public void setBundle(long bundle) {
    this.bundle = bundle;
  }

  public List<ExerciseAgreement> getExercises() {
    return exercises;
  }
}
