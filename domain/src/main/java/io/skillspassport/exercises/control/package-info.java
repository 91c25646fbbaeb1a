/** Stores of rubrics and ratings, the shipped rubrics' installer, and agreement tables. */
package io.skillspassport.exercises.control;
