/** Persistence of assessment families. */
package io.skillspassport.assessments.control;
