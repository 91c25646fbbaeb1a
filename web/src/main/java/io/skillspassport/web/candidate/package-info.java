/** Candidate pages: the passport dashboard, readiness, sample assessments, sharing. */
package io.skillspassport.web.candidate;
