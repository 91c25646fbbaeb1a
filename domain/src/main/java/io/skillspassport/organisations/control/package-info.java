/** Persistence of employer organisations. */
package io.skillspassport.organisations.control;
