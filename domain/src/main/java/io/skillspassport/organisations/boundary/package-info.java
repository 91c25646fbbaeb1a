/** Use cases on employer organisations: the admin's list, creating and renaming. */
package io.skillspassport.organisations.boundary;
