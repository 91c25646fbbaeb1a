package io.skillspassport.web.site;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilySummary;
import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.exercises.boundary.ExerciseAgreement;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.RubricView;
import io.skillspassport.exercises.boundary.Rubrics;
import io.skillspassport.methodology.boundary.Methodology;
import io.skillspassport.methodology.boundary.MethodologyFacts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** Backs {@code methodology.xhtml}: the scoring rules from the live configuration. */
@Named
@RequestScoped
public class MethodologyView {

  @Inject Methodology methodology;

  @Inject Rubrics rubrics;

  @Inject AssessmentFamilies families;

  private MethodologyFacts facts;
  private List<RubricView> publishedRubrics;
  private List<FamilySummary> catalogue;

  @PostConstruct
  void load() {
    facts = methodology.facts();
    publishedRubrics = rubrics.published();
    catalogue = families.catalogue();
  }

  /** The families with their adaptive delivery settings, as configured now. */
  public List<FamilySummary> getFamilies() {
    return catalogue;
  }

  /** The randomesque group size of the adaptive tests. */
  public int getRandomesque() {
    return SampleAssessments.RANDOMESQUE_GROUP;
  }

  /** The portal's published exercise rubrics, newest versions. */
  public List<RubricView> getRubrics() {
    return publishedRubrics;
  }

  /** The α from which the portal relies on agreement (Krippendorff). */
  public String getAlphaRely() {
    return num(ExerciseRatings.RELY, 3);
  }

  /** The α below which agreement supports no conclusion (Krippendorff). */
  public String getAlphaTentative() {
    return num(ExerciseRatings.TENTATIVE, 3);
  }

  /** The fewest candidates rated by two or more interviewers for α to be judged. */
  public int getMinUnits() {
    return ExerciseAgreement.MIN_UNITS;
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

  /** x position (20–540) of a scale value on the scale's axis of the example chart. */
  public double x(double score) {
    double clipped = Math.max(facts.minimum(), Math.min(facts.maximum(), score));
    return 20 + 520 * (clipped - facts.minimum()) / (facts.maximum() - facts.minimum());
  }
}
