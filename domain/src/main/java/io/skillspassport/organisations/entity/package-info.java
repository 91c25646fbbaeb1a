/** Employer organisations: who candidates share their passports with. */
package io.skillspassport.organisations.entity;
