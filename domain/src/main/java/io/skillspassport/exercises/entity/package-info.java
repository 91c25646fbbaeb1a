/**
 * Rubrics of hiring-loop exercises (versioned, the portal's and a bundle's own adaptations) and the
 * interviewers' ratings on them, kept with their full revision history.
 */
package io.skillspassport.exercises.entity;
