/** Employer bundles: organisation-owned readiness criteria with immutable versions. */
package io.skillspassport.bundles.entity;
