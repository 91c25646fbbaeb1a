/** Employer pages: bundles and candidate comparison. */
package io.skillspassport.web.employer;
