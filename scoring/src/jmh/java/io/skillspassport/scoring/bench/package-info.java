/**
 * JMH benchmarks, compiled only with the Maven profile {@code bench}: EAP scoring of one 30-item
 * pattern, readiness + P(clears) ranking of 100,000 candidates × 6 families, and 2PL calibration of
 * 60 items × 100,000 respondents (with a CPU-time harness for loaded machines).
 */
package io.skillspassport.scoring.bench;
