package io.skillspassport.scoring.calibration;

import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A converged calibration: item parameters with standard errors, the marginal log-likelihood at the
 * estimate and the information criteria, the latent distribution (N(0,1) unless anchors let its
 * mean and SD be estimated), and S-X² item fit where it is defined.
 *
 * @param model the model of the new items
 * @param items every item of the response data, in column order (anchors included)
 * @param logLikelihood {@code ℓ = Σ_p w_p log Σ_q W_q L_p(θ_q)} at the estimate (without the prior
 *     on c)
 * @param emCycles EM cycles run
 * @param newtonSteps Newton steps run after EM (0 without standard errors)
 * @param parameterCount the number of estimated parameters k
 * @param sampleSize N = Σ frequency weights
 * @param latentMean mean of θ (0 unless estimated with anchors)
 * @param latentSd SD of θ (1 unless estimated with anchors)
 * @param fit S-X² by item id, for the items where it is defined
 */
public record CalibrationResult(
    Model model,
    List<CalibratedItem> items,
    double logLikelihood,
    int emCycles,
    int newtonSteps,
    int parameterCount,
    double sampleSize,
    double latentMean,
    double latentSd,
    Map<String, ItemFit> fit) {

  /**
   * Copies the collections.
   *
   * @param model model
   * @param items items
   * @param logLikelihood ℓ
   * @param emCycles EM cycles
   * @param newtonSteps Newton steps
   * @param parameterCount k
   * @param sampleSize N
   * @param latentMean μ
   * @param latentSd σ
   * @param fit item fit
   */
  public CalibrationResult {
    items = List.copyOf(items);
    fit = Map.copyOf(fit);
  }

  /**
   * Akaike's information criterion {@code −2ℓ + 2k}.
   *
   * @return AIC
   */
  public double aic() {
    return -2 * logLikelihood + 2 * parameterCount;
  }

  /**
   * Schwarz's Bayesian information criterion {@code −2ℓ + k log N}.
   *
   * @return BIC
   */
  public double bic() {
    return -2 * logLikelihood + parameterCount * Math.log(sampleSize);
  }

  /**
   * Whether the estimation converged — always true, since a calibration that does not converge
   * throws {@link CalibrationFailure} instead of returning.
   *
   * @return true
   */
  public boolean converged() {
    return true;
  }

  /**
   * The item fit of one item.
   *
   * @param itemId item id
   * @return its S-X², or empty where it is undefined (no complete response patterns, df ≤ 0)
   */
  public Optional<ItemFit> fitOf(String itemId) {
    return Optional.ofNullable(fit.get(itemId));
  }

  /**
   * The calibrated items as a form, ready for scoring.
   *
   * @return the form
   */
  public Form form() {
    List<Item> list = new ArrayList<>();
    for (CalibratedItem c : items) {
      list.add(c.item());
    }
    return Form.of(list);
  }
}
