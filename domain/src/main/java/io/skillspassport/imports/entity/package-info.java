/** Engines, imported results and candidates' engine codes as stored. */
package io.skillspassport.imports.entity;
