/** Persistence of assessment families, their item banks and candidates' attempts. */
package io.skillspassport.assessments.control;
