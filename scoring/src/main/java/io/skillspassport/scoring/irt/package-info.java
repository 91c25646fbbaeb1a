/**
 * Item response theory: 2PL, 3PL and graded response items, fixed forms, ability estimation (EAP,
 * MAP, MLE, WLE) for a response pattern, test information and Lord–Wingersky summed-score tables.
 *
 * <p>Conventions: logistic metric without the 1.7 factor, {@code P(u=1|θ) = 1/(1+exp(-a(θ-b)))};
 * the prior for EAP and MAP is N(0,1).
 */
package io.skillspassport.scoring.irt;
