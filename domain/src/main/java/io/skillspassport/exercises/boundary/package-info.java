/**
 * Hiring-loop exercises: rubrics with behaviourally anchored levels for the exercises a bundle
 * lists, independent ratings by an organisation's interviewers, rater agreement and the exercise
 * results shown beside — never inside — the 300–850 passport scores.
 */
package io.skillspassport.exercises.boundary;
