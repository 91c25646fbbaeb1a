/** System tests of the candidate pages: the passport, sharing, and taking a sample assessment. */
package io.skillspassport.system.candidate;
