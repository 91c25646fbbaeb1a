/** Use cases on the audit log: reading it (admins) and recording refusals. */
package io.skillspassport.audit.boundary;
