/**
 * Scoring for the Skills Passport: item response theory ability estimation, the 300–850 reporting
 * scale, composite readiness against a weight set, gap analysis, score equating and candidate
 * ranking.
 *
 * <p>Plain Java 17 and commons-math3 only; no Jakarta EE, JPA or Faces (the build enforces it). All
 * types are immutable; invalid input throws {@link java.lang.IllegalArgumentException} naming the
 * offending value. The only I/O is the command-line tool in {@code cli}.
 */
package io.skillspassport.scoring;
