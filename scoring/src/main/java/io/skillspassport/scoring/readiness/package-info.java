/**
 * Role readiness: weighted composite of family scores, its SEM and bands, the probability that the
 * true composite clears a threshold, the Ready / Borderline / Not yet verdict, per-family minimums,
 * gap analysis and Mosier composite reliability. A passport missing a weighted family is reported
 * as incomplete, never scored as if the family were 300.
 */
package io.skillspassport.scoring.readiness;
