/**
 * Ranking of many candidates against one readiness criteria set (columnar, allocation-light) and
 * Kendall's τ between two rankings with the pairs that swap.
 */
package io.skillspassport.scoring.ranking;
