/**
 * IRT scale linking through common items: the linear transformation {@code θ_base = A·θ_new + B}
 * that puts a new calibration on the bank's scale, estimated by mean/mean, mean/sigma, Haebara or
 * Stocking–Lord ({@link io.skillspassport.scoring.linking.Linking}), and applied to whole item sets
 * ({@link io.skillspassport.scoring.linking.LinkingConstants}).
 *
 * <p>Reference: Kolen, M. J. &amp; Brennan, R. L. (2014), <i>Test Equating, Scaling, and
 * Linking</i>, 3rd ed., Springer, ch. 6.
 */
package io.skillspassport.scoring.linking;
