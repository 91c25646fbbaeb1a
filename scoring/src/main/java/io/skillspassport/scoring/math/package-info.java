/**
 * Small numerical building blocks shared by the other packages: the standard normal distribution
 * (fast, accurate CDF for ranking many candidates) and argument checks that name the offending
 * value.
 */
package io.skillspassport.scoring.math;
