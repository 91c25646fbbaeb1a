/**
 * JMH benchmarks, compiled only with the Maven profile {@code bench}: EAP scoring of one 30-item
 * pattern and readiness + P(clears) ranking of 100,000 candidates × 6 families.
 */
package io.skillspassport.scoring.bench;
