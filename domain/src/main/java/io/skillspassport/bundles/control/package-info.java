/** Stores bundles and reads the shared candidates' current scores for comparisons. */
package io.skillspassport.bundles.control;
