/**
 * Assessment families (the skills a passport holds one calibrated score for), the items of their
 * sample banks, and candidates' attempts with their answers.
 */
package io.skillspassport.assessments.entity;
