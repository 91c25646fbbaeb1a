/** Assessment families: the skills a passport holds one calibrated score for. */
package io.skillspassport.assessments.entity;
