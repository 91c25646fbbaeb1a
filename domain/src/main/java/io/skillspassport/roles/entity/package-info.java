/**
 * Roles and their versioned content: sections, published assessment weights with rationale,
 * readiness threshold and weight presets.
 */
package io.skillspassport.roles.entity;
