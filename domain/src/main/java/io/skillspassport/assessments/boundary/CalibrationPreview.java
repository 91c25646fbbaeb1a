package io.skillspassport.assessments.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What a calibration would publish, for the admin to confirm (or, in a recovery check, what it
 * recovered from simulated responses; those are never published).
 *
 * @param activeVersion the bank version the calibration started from (sent back to publish)
 * @param model the model of the estimated items ({@code 2pl}, {@code 3pl} or {@code grm})
 * @param attempts attempts (rows) in the data
 * @param responses responses to the items in the data (sent back to publish: the data must not have
 *     changed)
 * @param anchors operational items held at their bank parameters
 * @param latentMean estimated mean of θ of the responding candidates on the bank's scale
 * @param latentSd estimated SD of θ
 * @param logLikelihood marginal log-likelihood at the estimate
 * @param changes the estimated items
 * @param tooFew pretest items left out for too few responses
 */
public record CalibrationPreview(
    String familyCode,
    int activeVersion,
    String model,
    int attempts,
    int responses,
    int anchors,
    double latentMean,
    double latentSd,
    double logLikelihood,
    List<ParameterChange> changes,
    List<String> tooFew)
    implements Serializable {

  public CalibrationPreview {
    changes = List.copyOf(changes);
    tooFew = List.copyOf(tooFew);
  }

  /** μ and σ of θ, three decimals. */
  public String latentText() {
    return String.format(Locale.ROOT, "mean %.3f, SD %.3f", latentMean, latentSd);
  }
}
