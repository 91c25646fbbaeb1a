package io.skillspassport.scoring.calibration;

/**
 * Orlando–Thissen S-X² fit of one item: {@code S-X² = Σ_g Σ_k N_g (O_gk − E_gk)² / E_gk} over
 * summed-score groups g and the item's categories k, with {@code df} degrees of freedom and the
 * upper chi-square tail probability {@code p}.
 *
 * @param item item id
 * @param sx2 the statistic, {@code >= 0}
 * @param df degrees of freedom, {@code >= 1}
 * @param p {@code P(χ²_df ≥ sx2)}
 * @param groups summed-score groups left after collapsing
 */
public record ItemFit(String item, double sx2, int df, double p, int groups) {}
