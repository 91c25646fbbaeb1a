/** Test fixtures: reference tables with provenance headers and the reference item forms. */
package io.skillspassport.scoring.testing;
