/** Admin pages: role content, assessment families, organisations, the audit log. */
package io.skillspassport.web.admin;
