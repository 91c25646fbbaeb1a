/**
 * Observed-score equating under the random-groups design (Kolen &amp; Brennan, <i>Test Equating,
 * Scaling, and Linking</i>, 3rd ed., ch. 2): mean, linear and equipercentile equating of form X
 * scores onto form Y, used to link external scores before they enter a passport.
 */
package io.skillspassport.scoring.equating;
