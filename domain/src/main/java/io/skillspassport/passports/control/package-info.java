/** Persistence of passport results. */
package io.skillspassport.passports.control;
