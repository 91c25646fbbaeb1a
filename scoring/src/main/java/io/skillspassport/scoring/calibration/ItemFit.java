package io.skillspassport.scoring.calibration;

/**
 * Orlando–Thissen S-X² fit of one item (Kang &amp; Chen's generalisation for graded items).
 *
 * <p>On the complete patterns (every item answered), with summed score {@code s = Σ_i (u_i −
 * lowest_i)}: the observed count {@code O_sk} of category k among the {@code N_s} people with score
 * s, and the expected count {@code E_sk = N_s ∫ P_k(θ) f*_{−i}(s − k | θ) g(θ) dθ / ∫ f(s | θ) g(θ)
 * dθ}, where {@code f} and {@code f*_{−i}} are the Lord–Wingersky summed-score distributions of all
 * items and of all items but this one, on the calibration's quadrature and latent distribution.
 * Score groups run over {@code s = 1 .. max − 1} (the extreme scores determine every response);
 * adjacent groups are merged from the low end until every category's expected count in the group is
 * at least 1, and a short remainder at the high end joins the last group (mirt's {@code mincell =
 * 1} rule). {@code S-X² = Σ_g Σ_k (O_gk − E_gk)² / E_gk}.
 *
 * <p>Degrees of freedom {@code df = G·(K_i) − m_i}: G groups after merging, {@code K_i + 1}
 * categories, {@code m_i} parameters estimated for this item alone (Rasch and 1PL: 1, the common
 * slope is not charged to any item; 2PL: 2; 3PL: 3; graded: K + 1; anchors: 0). For a dichotomous
 * item this is Orlando &amp; Thissen's "number of score groups minus the number of item parameters"
 * — there is no further −1, since each group's observed proportion is free. {@code p = Q(df/2,
 * S-X²/2)}, the upper regularised incomplete gamma function (commons-math3). The fit is reported
 * only when {@code df ≥ 1} and at least one complete pattern exists.
 *
 * <p>References: Orlando, M. &amp; Thissen, D. (2000), Likelihood-based item-fit indices for
 * dichotomous item response theory models, <i>Applied Psychological Measurement</i> 24, 50–64;
 * Kang, T. &amp; Chen, T. T. (2008), Performance of the generalized S-X² item fit index for
 * polytomous IRT models, <i>Journal of Educational Measurement</i> 45, 391–406.
 *
 * @param item item id
 * @param sx2 the statistic, {@code >= 0}
 * @param df degrees of freedom, {@code >= 1}
 * @param p {@code P(χ²_df ≥ sx2)}
 * @param groups summed-score groups left after merging
 */
public record ItemFit(String item, double sx2, int df, double p, int groups) {}
