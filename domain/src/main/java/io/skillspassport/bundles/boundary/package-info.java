/** Employer use cases: configure bundles, rank and compare the candidates who share. */
package io.skillspassport.bundles.boundary;
