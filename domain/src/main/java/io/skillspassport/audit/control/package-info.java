/** Writing and searching the audit log. */
package io.skillspassport.audit.control;
