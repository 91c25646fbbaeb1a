/**
 * The candidate's own passport: the dashboard of current results, readiness for every published
 * role and the gap analysis of one role. Always the caller's passport; no candidate is ever named.
 */
package io.skillspassport.passports.boundary;
