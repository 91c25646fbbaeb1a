/**
 * Inter-rater agreement: Krippendorff's α (nominal, ordinal, interval, ratio; missing ratings
 * allowed) and the Shrout–Fleiss intraclass correlations (complete data). Used for hiring-loop
 * exercises rated by several interviewers; nothing here touches the 300–850 scale.
 */
package io.skillspassport.scoring.agreement;
