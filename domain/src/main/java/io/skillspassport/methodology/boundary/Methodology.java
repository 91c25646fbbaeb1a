package io.skillspassport.methodology.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilyCatalogue;
import io.skillspassport.roles.boundary.RoleRequirements;
import io.skillspassport.roles.boundary.Roles;
import io.skillspassport.scoring.readiness.FamilyScore;
import io.skillspassport.scoring.readiness.Readiness;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.ReadinessResult;
import io.skillspassport.scoring.readiness.WeightSet;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains the scoring from the configuration in force: the reporting scale's constants and a
 * worked example computed by the scoring module itself, so the page can never drift from what the
 * portal does. Open to everyone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Methodology {

  /** The example candidate's θ and SE(θ) for the scale walk-through. */
  static final double EXAMPLE_THETA = 0.82;

  static final double EXAMPLE_THETA_SE = 0.34;

  /** The example passport for the readiness walk-through, one θ per family in display order. */
  private static final double[] EXAMPLE_THETAS = {1.1, 0.7, 0.5, 0.9, 0.2, 0.4};

  private static final double[] EXAMPLE_SES = {0.30, 0.38, 0.33, 0.28, 0.45, 0.36};

  @Inject Roles roles;

  @Inject AssessmentFamilies families;

  public MethodologyFacts facts() {
    ReportingScale scale = ReportingScale.standard();
    var scaled = scale.scale(EXAMPLE_THETA, EXAMPLE_THETA_SE);
    var example =
        new MethodologyFacts.ScaleExample(
            EXAMPLE_THETA,
            EXAMPLE_THETA_SE,
            scaled.unclamped(),
            scaled.reported(),
            scaled.sem(),
            scaled.bandLower(),
            scaled.bandUpper());
    List<RoleRequirements> published = roles.publishedRequirements();
    var role =
        published.stream()
            .filter(v -> v.slug().equals("ml-research-scientist"))
            .findFirst()
            .or(() -> published.stream().findFirst());
    return new MethodologyFacts(
        scale.center(),
        scale.slope(),
        scale.minimum(),
        scale.maximum(),
        scale.bandZ(),
        Readiness.DECISION_Z,
        example,
        role.map(v -> readinessExample(v, scale)).orElse(null));
  }

  private MethodologyFacts.ReadinessExample readinessExample(
      RoleRequirements role, ReportingScale scale) {
    FamilyCatalogue catalogue = families.familyCatalogue();
    List<String> all = catalogue.codes();
    Map<String, FamilyScore> passport = new LinkedHashMap<>();
    for (int i = 0; i < all.size() && i < EXAMPLE_THETAS.length; i++) {
      var s = scale.scale(EXAMPLE_THETAS[i], EXAMPLE_SES[i]);
      passport.put(all.get(i), FamilyScore.of(s.reported(), s.sem()));
    }
    ReadinessCriteria criteria = role.readinessCriteria();
    WeightSet weightSet = criteria.weights();
    ReadinessResult result = Readiness.assess(passport, criteria);
    if (!(result instanceof ReadinessResult.Complete complete)) {
      return null;
    }
    List<MethodologyFacts.Row> rows = new ArrayList<>();
    for (String family : weightSet.families()) {
      FamilyScore s = passport.get(family);
      rows.add(
          new MethodologyFacts.Row(
              catalogue.nameOf(family),
              weightSet.weight(family),
              weightSet.normalisedWeight(family),
              s.score(),
              s.sem()));
    }
    return new MethodologyFacts.ReadinessExample(
        role.title(),
        role.slug(),
        role.readinessThreshold(),
        rows,
        complete.composite(),
        complete.compositeSem(),
        complete.band90().lower(),
        complete.band90().upper(),
        complete.probabilityAtLeastThreshold(),
        complete.verdict().name());
  }
}
