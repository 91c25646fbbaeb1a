/** The audit log's entries. */
package io.skillspassport.audit.entity;
