/** Passport scores: one calibrated result per candidate, family and sitting. */
package io.skillspassport.passports.entity;
